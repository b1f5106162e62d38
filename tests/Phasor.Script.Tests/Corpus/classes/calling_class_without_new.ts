// Calling a class as a function throws a TypeError.
class K { }
try {
  (K as any)();
} catch (e) {
  console.log(e instanceof TypeError, (e as Error).name);
}
console.log(new K() instanceof K);
