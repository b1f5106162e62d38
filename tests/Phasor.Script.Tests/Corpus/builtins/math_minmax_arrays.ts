// Math.max and Math.min with spread arrays and edge cases.
const xs = [3, -7, 12.5, 0, 4];
console.log(Math.max(...xs), Math.min(...xs), Math.max(...[]), Math.min(...[]));
console.log(Math.max(1, undefined as any), Math.max(1, null as any), Math.min(1, "0" as any));
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
console.log(clamp(5, 0, 1), clamp(-5, 0, 1), clamp(0.5, 0, 1));
