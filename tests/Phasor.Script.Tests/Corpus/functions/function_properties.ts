// Functions are objects: they have name and length and can carry properties.
function f(a: number, b: number, c = 1, ...d: number[]) { return a; }
console.log(f.name, f.length);
const g: any = () => 0;
g.extra = "prop";
console.log(g.extra, typeof g, g instanceof Function, g instanceof Object);
const anon = [function () {}][0];
console.log(JSON.stringify(anon.name));
const o = { method() {}, arrow: () => {} };
console.log(o.method.name, o.arrow.name);
