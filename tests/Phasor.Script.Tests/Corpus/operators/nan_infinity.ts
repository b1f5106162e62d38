// NaN never equals itself; Infinity arithmetic follows IEEE rules.
const nan = NaN;
console.log(nan === nan, nan == nan, nan !== nan);
console.log(Infinity - Infinity, Infinity * 0, Infinity / Infinity);
console.log(Infinity + 1, -Infinity * -1, 1 / Infinity, -1 / Infinity);
console.log(isNaN(nan), Number.isNaN("abc"), isNaN("abc"));
console.log(Math.max(1, NaN), Math.min(), Math.max());
