// A memoising wrapper built from a closure and a Map.
function memo(f: (n: number) => number) {
  const cache = new Map<number, number>();
  let misses = 0;
  const g = (n: number) => {
    if (!cache.has(n)) { misses++; cache.set(n, f(n)); }
    return cache.get(n)!;
  };
  return { g, misses: () => misses };
}
const fib = memo((n) => (n < 2 ? n : fib.g(n - 1) + fib.g(n - 2)));
console.log(fib.g(50), fib.misses(), fib.g(90), fib.misses());
