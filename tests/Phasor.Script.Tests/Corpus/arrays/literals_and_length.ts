// Array literals, indexing, length and out-of-range reads.
const a = [1, "two", true, null, undefined, [6]];
console.log(a.length, a[0], a[1], a[5][0], a[6], a[-1]);
console.log([], [].length, [[]].length, [, ].length, [1, , 3].length);
const nested = [[1, 2], [3, [4, 5]]];
console.log(nested[1][1][0], nested.length, nested);
