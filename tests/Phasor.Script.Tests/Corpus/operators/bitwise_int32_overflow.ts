// Values wrap to int32 before a bitwise operation, and >>> yields uint32.
console.log(2147483647 | 0, 2147483648 | 0, 4294967295 | 0, 4294967296 | 0);
console.log(1 << 31, 1 << 32, 1 << 33, (1 << 31) >>> 0);
console.log(-1 >>> 0, -1 >>> 31, -1 >> 31, -2147483648 >> 1);
console.log(0xffffffff & 0xffffffff, 0x80000000 ^ 0, 1e10 | 0, -1e10 | 0);
console.log(2 ** 53 | 0, (2 ** 53 + 2) | 0, 1.5e300 | 0, Infinity | 0, NaN | 0);
console.log(5 << -1, 5 >> 33, 5 >>> 32);
