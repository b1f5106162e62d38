// in checks own and inherited properties, and array indices.
const o = { a: 1, b: undefined };
console.log("a" in o, "b" in o, "c" in o, "toString" in o);
const arr = [10, 20, 30];
console.log(0 in arr, 2 in arr, 3 in arr, "length" in arr, "1" in arr);
class P { x = 1; m() { return 0; } }
const p = new P();
console.log("x" in p, "m" in p, "y" in p);
delete (o as any).a;
console.log("a" in o);
const m = new Map([["k", 1]]);
console.log("k" in m, "size" in m);
