// Math.imul, clz32 and integer rounding helpers.
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2), Math.imul(-5, 12));
console.log(Math.clz32(1), Math.clz32(0), Math.clz32(0x80000000), Math.clz32(1000), Math.clz32(-1));
let seed = 12345;
function lcg() { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed; }
console.log(lcg(), lcg(), lcg(), lcg() % 100);
