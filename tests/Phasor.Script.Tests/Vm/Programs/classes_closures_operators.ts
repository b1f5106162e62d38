class A { constructor(public x: number) {} static make() { return new this(5); } get double() { return this.x * 2; } static get kind() { return "A"; } }
class B extends A { y: number; constructor() { super(3); this.y = this.x + 1; } }
const b = new B(); console.log(b.x, b.y, b.double, A.kind, A.make().x);
function F(this: any) { console.log(new.target === F); } new (F as any)(); F.call({});
const fns: (() => number)[] = []; for (let i = 0; i < 3; i++) fns.push(() => i); console.log(fns.map(f => f()).join());
const gs: (() => string)[] = []; for (const k of ["a", "b"]) gs.push(() => k); console.log(gs.map(g => g()).join());
function fin(): number { try { return 1; } finally { console.log("fin"); } }
console.log(fin());
function fin2(): number { for (const x of [1, 2, 3]) { try { if (x === 2) break; } finally { console.log("f", x); } } return 9; }
console.log(fin2());
function over(): number { try { throw 1; } catch { return 2; } finally { console.log("over"); } }
console.log(over());
outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; console.log(i, j); } }
const { a = 1, b: { c } = { c: 2 }, ...rest } = { d: 4, e: 5 } as any; console.log(a, c, rest);
const [p, , q = 7, ...r] = "wxyz"; console.log(p, q, r);
const o: any = { m() { return this?.n ?? "none"; }, n: 3 }; console.log(o.m(), o.missing?.(), o.m?.());
console.log(typeof undeclaredThing, delete o.n, "n" in o, [..."hi", ...[1, 2]]);
enum Color { Red, Green = 5, Blue } console.log(Color.Blue, Color[5], Color);
switch (3) { case 1: console.log("one"); case 3: { let z = "three"; console.log(z); } case 4: console.log("four"); break; default: console.log("def"); }
for (const k in [7, 8]) console.log(k, typeof k);
let s = 0; let i2 = 0; do { s += i2; } while (++i2 < 5); console.log(s);
const obj2 = { base: 1, get v() { return this.base + 1; }, set v(x) { this.base = x; } }; obj2.v = 10; console.log(obj2.v);
class Cnt { static count = 0; id = ++Cnt.count; } new Cnt(); console.log(new Cnt().id, Cnt.count);
console.log([3, 1, 2].sort((x, y) => x - y), [1, 2, 3].reduce((acc, v) => acc + v, 0));
const tag = `a${1 + 1}b${"c"}`; console.log(tag, `${[1, 2]}`, `${{}}`);
console.log(0.1 + 0.2, 1 / 3, -0, [-0], 2 ** 10, 7 % -3, -7 >> 1, -7 >>> 28, 1 << 31);
label2: { console.log("in"); break label2; }
