// Default values are evaluated only when needed and left to right.
let n = 0;
const next = () => ++n;
const { a = next(), b = next(), c = next() } = { b: "given" } as any;
console.log(a, b, c, n);
const [p = next(), q = p * 100] = [undefined, undefined];
console.log(p, q, n);
const [r = next()] = [null];
console.log(r, n);
