// Bitwise operators work on 32-bit integers.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0);
console.log(1 << 4, 256 >> 4, -256 >> 4, -256 >>> 28);
console.log(0b1100 & 0b1010, 0xf0 | 0x0f, 0xff ^ 0x0f);
console.log(~~3.7, ~~-3.7, 3.9 | 0, -3.9 | 0);
console.log("12" | 0, "abc" | 0, null | 0, undefined | 0, true | 0);
