// Bitwise operators work on int32 (>>> on uint32); shift counts are taken modulo 32.
console.log(1 << 31, 1 << 32, 1 << 33, 1 << -1, -1 >>> 0, -1 >>> 31, -1 >> 31, -8 >> 1, -8 >>> 1, 5 >>> 32);
console.log(2 ** 31 | 0, 2 ** 32 | 0, (2 ** 32 + 5) | 0, -(2 ** 31) - 1 | 0, 1e21 | 0, 4294967296.7 | 0, -1.9 | 0, 1.9 | 0);
console.log(NaN | 0, Infinity | 0, -Infinity >> 0, "12" | 0, "0x1f" | 0, "abc" | 0, null | 0, undefined | 0, true << 3, [7] as any | 0);
console.log(~0, ~-1, ~5, ~~3.7, ~~-3.7, ~(2 ** 31), ~"10", ~NaN);
console.log(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, 0x7fffffff + 1 | 0, 0xffffffff & 0xffffffff, 0x80000000 ^ 0);
console.log(Math.imul(0xffffffff, 5), Math.imul(2 ** 16, 2 ** 16), Math.imul(-5, 12), Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.clz32(0.5));
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}
console.log(fnv1a(""), fnv1a("a"), fnv1a("phasor"), fnv1a("phasor").toString(16));
let x = 0x12345678;
x = ((x << 13) ^ (x >>> 19)) | 0;
let bits = 0;
for (let v = 0xdeadbeef; v !== 0; v >>>= 1) bits += v & 1;
console.log(x, bits, (0xdeadbeef >>> 16).toString(16), (0xdeadbeef >> 16).toString(16), 0xdeadbeef >> 0);
let y = 5; y <<= 30; y >>>= 1; y |= 1; y &= ~2; y ^= 0xf;
console.log(y);
