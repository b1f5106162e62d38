// Recursive functions: factorial, fibonacci, mutual recursion, Ackermann.
function fact(n: number): number { return n <= 1 ? 1 : n * fact(n - 1); }
function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function isEven(n: number): boolean { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n: number): boolean { return n === 0 ? false : isEven(n - 1); }
function ack(m: number, n: number): number {
  return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1));
}
console.log(fact(10), fact(20), fib(20));
console.log(isEven(10), isOdd(7), isEven(7));
console.log(ack(2, 3), ack(3, 3));
