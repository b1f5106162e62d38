// Spread in array literals copies arrays and strings.
const a = [1, 2];
const b = [0, ...a, 3, ...a];
console.log(b.join(), [..."abc"].join("|"), [...[], ...[1]].length);
const copy = [...a];
copy.push(9);
console.log(a.length, copy.length);
const merged = [...[1, 2], ...[3, 4]].map(x => x * x);
console.log(merged.join());
console.log([...new Set([3, 1, 3, 2, 1])].join());
