// Out of scope: generator functions. Expected: a "not supported" error at the "*" of "function*".
function* counter() {
  yield 1;
}
console.log("never runs");
