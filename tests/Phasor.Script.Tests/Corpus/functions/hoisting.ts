// Function declarations are hoisted with their bodies; expressions are not.
console.log(square(4));
function square(n: number) { return n * n; }
console.log(typeof expr);
var expr = function () { return 1; };
console.log(typeof expr, expr());
function outer() {
  return inner();
  function inner() { return "inner hoisted"; }
}
console.log(outer());
