// Closures capture bindings, not values: per-iteration let bindings, shared var bindings, catch parameters, switch cases.
const fromLet: (() => number)[] = [], fromVar: (() => number)[] = [];
for (let i = 0; i < 3; i++) { fromLet.push(() => i); if (i === 1) continue; }
for (var j = 0; j < 3; j++) fromVar.push(() => j);
console.log(fromLet.map(f => f()).join(), fromVar.map(f => f()).join());
const mutated: (() => number)[] = [];
for (let k = 0; k < 3; k++) { mutated.push(() => k); k++; }
console.log(mutated.map(f => f()).join());
const ofs: (() => string)[] = [];
for (const ch of "xyz") ofs.push(() => ch);
for (const key in { p: 1, q: 2 }) ofs.push(() => key);
console.log(ofs.map(f => f()).join());
const fromCatch: (() => string)[] = [];
for (const msg of ["a", "b"]) { try { throw new Error(msg); } catch (e) { fromCatch.push(() => (e as Error).message); } }
console.log(fromCatch.map(f => f()).join());
function counterPair() {
  let n = 0;
  return { inc: () => ++n, get: () => n, reset() { n = 0; } };
}
const c1 = counterPair(), c2 = counterPair();
c1.inc(); c1.inc(); c2.inc();
console.log(c1.get(), c2.get());
c1.reset();
console.log(c1.get(), c2.get());
function makeAdders() {
  const adders: ((x: number) => number)[] = [];
  let base = 10;
  for (let i = 0; i < 3; i++) adders.push(x => x + base + i);
  base = 100;
  return adders;
}
console.log(makeAdders().map(f => f(1)).join());
let whileFns: (() => number)[] = [];
let w = 0;
while (w < 3) { let copy = w; whileFns.push(() => copy); w++; }
console.log(whileFns.map(f => f()).join());
const memo = (() => { const cache = new Map<number, number>(); return (n: number): number => { if (n < 2) return n; if (!cache.has(n)) cache.set(n, memoFib(n - 1) + memoFib(n - 2)); return cache.get(n)!; }; })();
function memoFib(n: number): number { return memo(n); }
console.log(memoFib(80));
const once = <T,>(f: () => T) => { let done = false, value: T; return () => { if (!done) { value = f(); done = true; } return value!; }; };
let runs = 0;
const lazy = once(() => ++runs);
console.log(lazy(), lazy(), runs);
