// throw and catch with Error objects and plain values.
try {
  throw new Error("boom");
} catch (e) {
  console.log("caught", (e as Error).message, (e as Error).name);
}
for (const v of [42, "str", null, { code: 7 }]) {
  try { throw v; } catch (e) { console.log(typeof e, JSON.stringify(e)); }
}
try { console.log("no throw"); } catch { console.log("never"); }
console.log("after");
