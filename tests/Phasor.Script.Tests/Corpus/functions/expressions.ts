// Anonymous and named function expressions; a named one can call itself.
const anon = function (x: number) { return x + 1; };
const named = function fact(n: number): number { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(anon(1), named(5), anon.name, named.name);
const immediate = (function (x: number) { return x * 2; })(21);
console.log(immediate);
console.log(typeof (function () {}), (function (this: any) { return this.v; }).call({ v: 7 }));
