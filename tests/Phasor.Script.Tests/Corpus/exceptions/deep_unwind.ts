// An error thrown deep in recursion unwinds every frame and runs each finally.
let finallies = 0;
function dive(n: number): number {
  try {
    if (n === 0) throw new Error("bottom");
    return dive(n - 1) + 1;
  } finally {
    finallies++;
  }
}
try { dive(50); } catch (e) { console.log((e as Error).message, finallies); }
function safeDiv(a: number, b: number) { if (b === 0) throw new RangeError("division by zero"); return a / b; }
const results = [[6, 3], [1, 0], [9, 3]].map(([a, b]) => { try { return safeDiv(a, b); } catch (e) { return (e as Error).message; } });
console.log(results.join(" | "));
