// Object destructuring by name, with renaming and defaults.
const o = { a: 1, b: "two", c: null as any, d: undefined as any };
const { a, b } = o;
const { a: renamed, missing = "default", c = "not used", d = "used" } = o as any;
console.log(a, b, renamed, missing, c, d);
const { length } = "hello";
console.log(length);
let x: number, y: number;
({ x, y } = { x: 10, y: 20 });
console.log(x, y);
