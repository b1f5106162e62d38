// An exception thrown in finally replaces the pending one.
try {
  try { throw new Error("original"); }
  finally { throw new Error("replacement"); }
} catch (e) {
  console.log((e as Error).message);
}
function g() {
  try { return "value"; }
  finally { throw new RangeError("from finally"); }
}
try { g(); } catch (e) { console.log((e as Error).name, (e as Error).message); }
