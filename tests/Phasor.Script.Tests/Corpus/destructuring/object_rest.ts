// Rest in object patterns collects the remaining own properties.
const { a, ...rest } = { a: 1, b: 2, c: 3 };
console.log(a, rest);
const { x, y, ...none } = { x: 1, y: 2 };
console.log(none, Object.keys(none).length);
const { 0: first, ...others } = ["p", "q", "r"];
console.log(first, others);
