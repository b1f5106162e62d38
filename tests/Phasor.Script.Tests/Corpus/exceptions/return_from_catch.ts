// Returning from catch still runs finally, and finally sees state changes.
let state = "init";
function f() {
  try { throw new Error("x"); }
  catch (e) { state = "caught"; return "from catch"; }
  finally { state += "+finally"; }
}
console.log(f(), state);
function g(): number { let i = 0; try { i = 1; return i; } finally { i = 100; console.log("finally sees", i); } }
console.log(g());
