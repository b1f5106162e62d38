// Global values and functions.
console.log(typeof undefined, undefined, NaN, Infinity, -Infinity);
console.log(isNaN(undefined as any), isFinite("12" as any), isFinite(null as any), isNaN("" as any));
console.log(typeof parseInt, typeof parseFloat, typeof Math.max, typeof JSON.stringify);
let undefinedShadow = 5;
console.log(undefinedShadow, void 0);
