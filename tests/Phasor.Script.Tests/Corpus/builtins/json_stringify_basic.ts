// JSON.stringify of primitives, arrays and objects.
console.log(JSON.stringify(1), JSON.stringify("s"), JSON.stringify(true), JSON.stringify(null));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-0));
console.log(JSON.stringify([1, "a", null, undefined, () => 1, NaN]));
console.log(JSON.stringify({ a: 1, b: undefined, c: () => 1, d: null, e: [] , f: {} }));
console.log(JSON.stringify({ 2: "two", b: 1, 1: "one" }));
console.log(JSON.stringify("quote\" back\\ nl\n tab\t ctrl\u0001 é 😀"));
