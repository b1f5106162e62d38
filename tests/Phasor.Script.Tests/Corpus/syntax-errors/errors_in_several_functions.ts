// The parser recovers after each error and reports all of them.
// Error 1: missing ")" of the call, reported at ";".
// Error 2: missing expression after "=", reported at ";".
// Error 3: missing "(" after "while", reported at "x".
function a() {
  console.log("a";
}
function b() {
  let x = ;
}
function c(x: number) {
  while x > 0) { x--; }
}
a(); b(); c(1);
