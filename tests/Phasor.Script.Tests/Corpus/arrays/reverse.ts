// reverse reverses in place and returns the same array.
const a = [1, 2, 3, 4];
const r = a.reverse();
console.log(r === a, a.join());
console.log([].reverse().length, ["x"].reverse().join(), [1, 2].reverse().join());
console.log("stressed".split("").reverse().join(""));
