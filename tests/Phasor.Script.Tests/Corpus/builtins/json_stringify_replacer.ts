// JSON.stringify with replacer arrays and functions, and toJSON.
const o = { a: 1, b: "x", c: { a: 2, d: 3 } };
console.log(JSON.stringify(o, ["a", "c"]));
console.log(JSON.stringify(o, (k, v) => (typeof v === "number" ? v * 10 : v)));
console.log(JSON.stringify(o, (k, v) => (k === "c" ? undefined : v)));
class Note { constructor(public pitch: number) {} toJSON() { return "note:" + this.pitch; } }
console.log(JSON.stringify({ n: new Note(60), list: [new Note(62)] }));
