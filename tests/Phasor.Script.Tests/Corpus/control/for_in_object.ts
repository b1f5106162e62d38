// for...in over own enumerable keys in property order.
const o = { b: 1, a: 2, c: 3 };
for (const k in o) console.log(k, (o as any)[k]);
const arr = ["x", "y"];
for (const i in arr) console.log(i, typeof i);
for (const k in {}) console.log("never");
