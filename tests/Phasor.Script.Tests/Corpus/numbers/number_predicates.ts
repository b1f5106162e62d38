// Number.isInteger, isFinite, isNaN, isSafeInteger and the global versions.
const vals: any[] = [0, 1.5, -3, NaN, Infinity, "5", 2 ** 53, 2 ** 53 - 1, null];
for (const v of vals) {
  console.log(String(v), Number.isInteger(v), Number.isFinite(v), Number.isNaN(v),
    Number.isSafeInteger(v), isFinite(v), isNaN(v));
}
