// Object.fromEntries builds an object from key-value pairs.
const o = Object.fromEntries([["a", 1], ["b", 2]]);
console.log(o);
const doubled = Object.fromEntries(Object.entries({ x: 1, y: 2 }).map(([k, v]) => [k, v * 2]));
console.log(doubled);
const fromMap = Object.fromEntries(new Map<string, any>([["m", true], ["n", null]]));
console.log(fromMap);
