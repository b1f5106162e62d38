// Computed keys in object patterns.
const key = "dyn";
const { [key]: value, ["lit" + "eral"]: lit } = { dyn: "dynamic", literal: "L" };
console.log(value, lit);
const fields = ["a", "b"];
const src = { a: 1, b: 2 };
for (const f of fields) { const { [f]: v } = src as any; console.log(f, v); }
