// Several arguments are separated by single spaces, each formatted on its own.
console.log("sum:", 1 + 2, "list:", [1, 2], "obj:", { a: 1 });
console.log("a", 1, "b", 2, null, undefined, true);
console.log([1], [2], [3]);
console.log({ x: 1 }, "text", { y: [2] });
