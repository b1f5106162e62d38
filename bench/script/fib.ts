// fib(30), recursive: 1.6 million calls, so the call path (frame push and pop, argument copy, return)
// and small-number arithmetic and comparison are all that is measured.
function fib(n: number): number {
  if (n < 2) {
    return n;
  }
  return fib(n - 1) + fib(n - 2);
}

function bench(): number {
  return fib(30);
}
