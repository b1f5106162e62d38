// Closures keep their own copy of captured variables.
function counter() {
  let n = 0;
  return { inc: () => ++n, get: () => n };
}
const a = counter(), b = counter();
a.inc(); a.inc(); b.inc();
console.log(a.get(), b.get());
function adder(x: number) { return (y: number) => x + y; }
const add5 = adder(5), add10 = adder(10);
console.log(add5(1), add10(1), adder(0)(0));
