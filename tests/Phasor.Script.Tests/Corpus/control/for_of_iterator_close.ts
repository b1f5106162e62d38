// Leaving a for-of loop early calls the iterator's return() (IteratorClose); running to the end does not.
// Phasor Script has no Symbol, so it iterates any object with a next() method; under Node the helper below
// adds the Symbol.iterator method that makes the same object iterable, so both run the same protocol.
const log: string[] = [];
function counter(name: string, limit: number, onReturn?: () => any) {
  let i = 0;
  const it: any = {
    next() { i++; return i <= limit ? { value: name + i, done: false } : { value: undefined, done: true }; },
    return() { log.push("return " + name + " at " + i); return onReturn ? onReturn() : {}; },
  };
  if (typeof Symbol !== "undefined") { it[Symbol.iterator] = function () { return this; }; }
  return it;
}
function flush(label: string) { console.log(label + ": " + (log.length ? log.join(", ") : "no return()")); log.length = 0; }

for (const v of counter("a", 3)) { if (v === "a2") break; }
flush("break");
for (const v of counter("b", 2)) { log.push(v); }
flush("exhausted");
for (const v of counter("c", 3)) { if (v === "c1") continue; log.push(v); }
flush("continue");
function firstOver(): string { for (const v of counter("d", 5)) { if (v > "d2") return v; } return "none"; }
log.push("got " + firstOver());
flush("return");
try { for (const v of counter("e", 3)) { throw new Error("thrown at " + v); } } catch (e) { log.push((e as Error).message); }
flush("throw");
try {
  for (const v of counter("f", 3, () => { throw new Error("return() fails"); })) { throw new Error("body fails at " + v); }
} catch (e) { log.push("caught " + (e as Error).message); }
flush("throw wins over return()");
try { for (const v of counter("g", 3, () => { throw new Error("return() fails"); })) { break; } } catch (e) { log.push("caught " + (e as Error).message); }
flush("break surfaces return() errors");
try { for (const v of counter("h", 3, () => 42)) { break; } } catch (e) { log.push((e as Error).name); }
flush("return() must give an object");
outer: for (const x of counter("outer", 3)) {
  for (const y of counter("inner", 3)) { if (y === "inner2") continue outer; }
}
flush("continue outer");
outer2: for (const x of counter("o", 3)) {
  for (const y of counter("i", 3)) { if (y === "i2") break outer2; }
}
flush("break outer");
function nested() { for (const x of counter("p", 2)) { try { for (const y of counter("q", 2)) { return x + y; } } finally { log.push("finally"); } } return ""; }
log.push(nested());
flush("return through finally");
const [first, second] = counter("r", 5);
log.push(first + second);
flush("destructuring");
// Built-in iterators have no return(): an iterator object left by break stays usable.
const keys = new Map([["k1", 1], ["k2", 2], ["k3", 3]]).keys();
for (const k of keys) { if (k === "k1") break; }
console.log("rest of keys:", [...keys].join());
const values = [1, 2, 3, 4].values();
const [one] = values as any;
console.log("after destructuring one:", one, Array.from(values).join());
