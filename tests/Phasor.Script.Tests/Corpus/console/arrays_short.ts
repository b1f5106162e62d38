// Short arrays print on one line with quoted strings.
console.log([1, 2, 3]);
console.log(["a", "b"], [true, null, undefined]);
console.log([]);
console.log([[1, [2, [3, [4, [5]]]]]]);
console.log([-0, 0, NaN, 1.5]);
console.log(["it's", 'say "hi"', `both ' and "`]);
console.log([1, , 3], [, ,], new Array(5));
