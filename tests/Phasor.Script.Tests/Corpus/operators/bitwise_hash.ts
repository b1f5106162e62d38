// A 32-bit string hash using Math.imul and shifts, a common pattern in music code.
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
console.log(hash(""), hash("a"), hash("kick"), hash("snare"));
let x = 123456789;
for (let i = 0; i < 5; i++) {
  x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
  console.log(x >>> 0, x | 0);
}
