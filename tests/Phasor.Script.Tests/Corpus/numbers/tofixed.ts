// toFixed rounds to a fixed number of fractional digits.
const xs = [0, 1, 1.5, 2.5, -2.5, 1.005, 1.45, 1.55, 123.456, 0.000001, 1e20, 1e21, -1.5e-10];
for (const x of xs) console.log(String(x), x.toFixed(0), x.toFixed(2), x.toFixed(5));
console.log((0.1 + 0.2).toFixed(20));
console.log(NaN.toFixed(2), Infinity.toFixed(1));
