// for...of over a Map and its keys, values and entries.
const m = new Map([["kick", 36], ["snare", 38], ["hat", 42]]);
for (const [k, v] of m) console.log(k, v);
for (const k of m.keys()) console.log("key", k);
let sum = 0;
for (const v of m.values()) sum += v;
console.log(sum);
console.log([...m.entries()].map(([k, v]) => k + v).join(","));
console.log(Array.from(m).length, new Map(m).size);
