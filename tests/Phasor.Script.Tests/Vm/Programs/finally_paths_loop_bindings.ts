function f1() { for (let i = 0; i < 3; i++) { const fs: any[] = []; try { if (i === 1) continue; fs.push(() => i); } finally { console.log("fin", i); } console.log(fs[0]()); } }
f1();
function f2(): string { try { try { throw new Error("a"); } finally { console.log("inner finally"); } } catch (e: any) { return "caught " + e.message; } finally { console.log("outer finally"); } }
console.log(f2());
function f3(): number { let n = 0; while (true) { try { n++; if (n > 2) return n; } finally { if (n === 3) console.log("leaving", n); } } }
console.log(f3());
function f4() { try { return "try"; } finally { return "finally"; } }
console.log(f4());
function f5() { const out: string[] = []; for (const x of [1, 2, 3]) { try { try { if (x === 2) throw x; out.push("ok" + x); } finally { out.push("f" + x); } } catch (e) { out.push("c" + e); continue; } out.push("after" + x); } return out.join(","); }
console.log(f5());
const closures: (() => number)[] = []; for (let i = 0, j = 10; i < 3; i++, j--) { closures.push(() => i * 100 + j); } console.log(closures.map(c => c()));
let k = 0; const ws: (() => number)[] = []; while (k < 3) { let kk = k; ws.push(() => kk); k++; } console.log(ws.map(w => w()));
function sw(x: number) { switch (x) { case 1: { const a = () => x; return a(); } default: let y = x * 2; return (() => y)(); } }
console.log(sw(1), sw(5));
try { try { throw 1; } catch (e) { throw 2; } finally { console.log("fin2"); } } catch (e) { console.log("outer", e); }
const r = [1, 2, 3].map(function (this: any, x) { return this.m * x; }, { m: 3 }); console.log(r);
