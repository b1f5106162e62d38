// Unbounded recursion raises a catchable RangeError.
function forever(n: number): number { return forever(n + 1) + 1; }
try {
  forever(0);
  console.log("unreachable");
} catch (e) {
  console.log(e instanceof RangeError, (e as Error).name);
}
console.log("still running");
