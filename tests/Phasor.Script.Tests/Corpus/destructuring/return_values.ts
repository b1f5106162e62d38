// Returning multiple values as arrays or objects and destructuring them.
function minMax(xs: number[]): [number, number] { return [Math.min(...xs), Math.max(...xs)]; }
function stats(xs: number[]) { const sum = xs.reduce((a, b) => a + b, 0); return { sum, mean: sum / xs.length, count: xs.length }; }
const [lo, hi] = minMax([4, 9, -2, 7]);
const { mean, count } = stats([1, 2, 3, 4]);
console.log(lo, hi, mean, count);
const { sum: total, ...restStats } = stats([10, 20]);
console.log(total, restStats);
