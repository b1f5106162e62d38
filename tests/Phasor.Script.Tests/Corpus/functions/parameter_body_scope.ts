// With parameter defaults, the body's declarations live in a scope of their own (ECMAScript 10.2.11).
var x = "outer";
function seesOuter(read = () => x) { var x = "inner"; return [read(), x].join(" "); }
console.log(seesOuter());
// A body var named like a parameter starts with the parameter's value but is a separate binding.
function copy(a: number, get = () => a) { var a: number; const before = a; a = 99; return [before, a, get()].join(); }
console.log(copy(1));
function set(a: number, put = (v: number) => { a = v; }) { var a: number; put(5); return a; }
console.log(set(1));
// Without defaults there is a single scope: the closure sees the var.
function single(a: number) { var a: number; const get = () => a; a = 2; return get(); }
console.log(single(1));
// Defaults cannot see functions or lets declared in the body.
let y = "outer y";
function noBodyLet(read = () => y) { let y = "inner y"; return read() + " / " + y; }
console.log(noBodyLet());
function helper() { return "outer helper"; }
function noBodyFunction(f = helper) { function helper() { return "inner helper"; } return f() + " / " + helper(); }
console.log(noBodyFunction());
// Closures in the body capture body bindings; closures in defaults capture parameters.
function both(n = 1, bump = () => ++n) {
  var n: number;
  const readBody = () => n;
  bump();
  n = n + 100;
  return [n, readBody(), bump()].join();
}
console.log(both(), both(10));
// Each call evaluates defaults afresh.
function fresh(list: number[] = []) { list.push(list.length); return list; }
console.log(fresh().join(), fresh().join(), fresh([9]).join());
