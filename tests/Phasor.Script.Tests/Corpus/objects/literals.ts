// Object literals with various key forms, read by dot and bracket.
const o = { a: 1, "b c": 2, 3: "three", d: { e: [1, 2] } };
console.log(o.a, o["b c"], o[3], o["3"], o.d.e[1]);
console.log(o);
const empty = {};
console.log(empty, Object.keys(empty).length);
console.log({ nested: { deeper: { value: true } }, list: ["x", "y"] });
