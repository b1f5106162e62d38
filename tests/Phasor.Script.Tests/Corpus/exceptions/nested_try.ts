// Nested try blocks: the nearest catch handles the error.
try {
  try {
    throw new Error("first");
  } catch (e) {
    console.log("inner", (e as Error).message);
    throw new Error("second");
  } finally {
    console.log("inner finally");
  }
} catch (e) {
  console.log("outer", (e as Error).message);
}
try {
  try { throw new Error("a"); }
  finally { console.log("finally only"); }
} catch (e) { console.log("propagated", (e as Error).message); }
