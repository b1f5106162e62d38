try { console.log(tdz); let tdz = 1; } catch (e: any) { console.log(e.name, e.message); }
try { const k = 1; (k as any) = 2; } catch (e: any) { console.log(e.name, e.message); }
class K {} try { (K as any)(); } catch (e: any) { console.log(e.name, e.message); }
try { new (5 as any)(); } catch (e: any) { console.log(e.name, e.message); }
try { [].reduce((a: any, b: any) => a); } catch (e: any) { console.log(e.name, e.message); }
function rec(n: number): number { return n === 0 ? 0 : 1 + rec(n - 1); } console.log(rec(5000));
try { (function inf(): any { return inf(); })(); } catch (e: any) { console.log(e.name, e.message); }
class G { static base() { return "G"; } static get sb() { return 1; } } class H extends G { static base() { return "H>" + super.base(); } } console.log(H.base(), H.sb);
const fnName = function named() { return typeof named; }; console.log(fnName(), fnName.name);
const arrowN = () => 1; const objN = { meth() {}, arrow: () => 2 }; console.log(arrowN.name, objN.meth.name, objN.arrow.name);
class WithAcc { _v = 0; get v() { return this._v; } set v(n) { this._v = n * 2; } } const wa = new WithAcc(); wa.v = 4; console.log(wa.v, wa);
console.log([1, [2, [3, [4]]]].flat(Infinity), "abc".split(""), [..."héllo"].length);
let out = ""; for (let i = 0; i < 3; i++) { setTimeoutLike(() => { out += i; }); } function setTimeoutLike(f: () => void) { f(); } console.log(out);
var hoisted = hoist(); function hoist() { return "hoisted"; } console.log(hoisted);
console.log(((a: number, b = a + 1) => a + b)(1), ((...xs: number[]) => xs.length)(1, 2, 3));
const spreadArgs = [1, 2, 3]; console.log(Math.max(...spreadArgs), new Array(...[3]).length);
class Pt { constructor(public x = 0, public y = 0) {} } console.log(new Pt(1), new Pt());
label: for (const a of [1, 2]) { for (const b of [1, 2]) { if (b === 2) continue label; console.log(a, b); } }
console.log(String(123.456), (255).toString(16), (0.000001234).toString(), 1e21, 123e-20);
