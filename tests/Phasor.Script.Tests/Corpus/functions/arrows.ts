// Arrow functions: expression and block bodies, object literal results.
const inc = (x: number) => x + 1;
const add = (a: number, b: number) => { return a + b; };
const mk = (n: number) => ({ n, twice: n * 2 });
const noArgs = () => "none";
const single = (x: string) => x.toUpperCase();
console.log(inc(1), add(2, 3), mk(4).twice, noArgs(), single("up"));
const curried = (a: number) => (b: number) => (c: number) => a * b + c;
console.log(curried(2)(3)(4));
console.log([1, 2, 3].map(x => x * x).join(","), inc.name, (() => 0).name);
