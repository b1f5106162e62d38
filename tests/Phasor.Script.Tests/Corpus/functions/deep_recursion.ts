// Recursion a few thousand frames deep works.
function depth(n: number): number { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(1000), depth(5000));
function sumTo(n: number, acc = 0): number { return n === 0 ? acc : sumTo(n - 1, acc + n); }
console.log(sumTo(3000));
