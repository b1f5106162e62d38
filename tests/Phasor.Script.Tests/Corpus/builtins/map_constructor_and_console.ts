// Maps built from entry arrays, and how console.log shows them.
const m = new Map([[1, "a"], [2, "b"]]);
console.log(m);
console.log(new Map());
const nested = new Map<string, any>([["list", [1, 2]], ["obj", { x: 1 }], ["map", new Map([["in", true]])]]);
console.log(nested);
console.log({ m: new Map([["k", "v"]]) });
