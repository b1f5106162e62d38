// flat flattens nested arrays to a depth.
const a = [1, [2, [3, [4, [5]]]]];
console.log(a.flat().length, a.flat(2).length, a.flat(Infinity).join());
console.log([[1, 2], [3], []].flat().join(), [1, , 3].flat().length);
console.log([1, 2, 3].map(x => [x, x * 10]).flat().join());
