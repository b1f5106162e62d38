// Integer-looking arithmetic past 2^31 stays exact as doubles (no int32 wrap).
let x = 2147483647;
console.log(x + 1, x * 2, -x - 2, x * x);
console.log((x + 1) | 0, (x * 2) | 0);
let sum = 0;
for (let i = 0; i < 100; i++) sum += 50000000;
console.log(sum, sum | 0, sum >>> 0);
console.log(0x7fffffff + 0x7fffffff, 65536 * 65536);
