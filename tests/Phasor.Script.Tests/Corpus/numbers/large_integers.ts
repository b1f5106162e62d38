// Integers print exactly up to 2^53 and as rounded doubles above.
console.log(2 ** 31, 2 ** 32, 2 ** 52, 2 ** 53, 2 ** 53 + 1, 2 ** 64);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.MAX_SAFE_INTEGER + 2, 12345678901234567890);
console.log(1e15, 1e16, 1e17, 123e18, 2 ** 70);
let f = 1;
for (let i = 1; i <= 25; i++) { f *= i; if (i >= 17) console.log(i, f); }
