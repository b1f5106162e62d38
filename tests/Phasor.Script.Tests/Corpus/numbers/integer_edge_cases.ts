// Integers in doubles: the safe range, rounding above it, signed zeros, % and division edge cases.
const max = Number.MAX_SAFE_INTEGER;
console.log(max, max + 1, max + 2, max + 3, Number.isSafeInteger(max), Number.isSafeInteger(max + 1), Number.MIN_SAFE_INTEGER);
console.log(2 ** 53 === 2 ** 53 + 1, 9007199254740993, 0.1 * 3, 1e16 + 1, 123456789 * 987654321);
console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3, 5.5 % 2, -0 % 5, 0 % -5, 5 % 0, Infinity % 2, 2 % Infinity);
console.log(1 / 0, -1 / 0, 0 / 0, 1 / -0, -0 === 0, Object.is(-0, 0), Object.is(NaN, NaN), 1 / (0 * -1));
console.log(Infinity - Infinity, Infinity * 0, -Infinity + Infinity, Infinity / Infinity, 0 * -5, -5 * 0);
console.log(2 ** -1074, 2 ** -1075, 2 ** 1023 * 2, 2 ** 1024, Number.MIN_VALUE / 2, Number.MAX_VALUE * 1.0000000000000002);
console.log(NaN ** 0, 1 ** Infinity, (-1) ** Infinity, 0 ** -1, (-0) ** -1, (-8) ** (1 / 3), 2 ** 0.5, (-2) ** 3, 4 ** -0.5);
console.log(Math.floor(-0.5), Math.ceil(-0.5), Math.round(-0.5), Math.round(2.5), Math.round(-2.5), Math.trunc(-4.7), Math.sign(-0));
console.log(parseInt("9007199254740993"), Number("9007199254740993"), parseInt("1e3"), parseFloat("1e3"), Number(""), Number(" "), Number("12px"));
console.log((25).toString(2), (255).toString(16), (-255).toString(36), (0.1).toString(3).length, (2 ** 60).toString(32));
console.log(Number.isInteger(5.0), Number.isInteger(5.1), Number.isInteger("5"), Number.isFinite("5"), isFinite("5" as any), Number.isNaN("x"), isNaN("x" as any));
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON, (0.1 + 0.2).toFixed(20), 1 - 0.9);
let i = 0;
for (let n = 0; n < 1; n += 0.1) i++;
console.log(i, 100 * 1.1, 3 * 1.1, 1.15 * 100, 4.35 * 100);
