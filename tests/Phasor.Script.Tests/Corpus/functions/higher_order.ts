// Functions taking and returning functions.
const compose = <A, B, C>(f: (b: B) => C, g: (a: A) => B) => (x: A) => f(g(x));
const inc = (x: number) => x + 1, dbl = (x: number) => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
function twice(f: (x: number) => number) { return (x: number) => f(f(x)); }
console.log(twice(twice(inc))(0));
const pipe = (...fs: ((x: number) => number)[]) => (x: number) => fs.reduce((v, f) => f(v), x);
console.log(pipe(inc, dbl, inc, dbl)(1));
function applyN(f: (x: number) => number, n: number, x: number) { for (let i = 0; i < n; i++) x = f(x); return x; }
console.log(applyN(dbl, 10, 1));
