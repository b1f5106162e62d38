// join converts elements to strings; null and undefined become empty.
console.log([1, 2, 3].join(), [1, 2, 3].join(""), [1, 2, 3].join(" - "));
console.log([null, undefined, 1].join(), [[1, 2], [3]].join(";"), [].join(), [5].join("x"));
console.log([true, {}, 0.1 + 0.2, -0].join(" "), String([1, [2, [3]]]));
console.log(["a", "b"].join(undefined), [1, 2].toString());
