// toPrecision picks fixed or exponent notation by magnitude.
const xs = [0, 1, 123.456, 0.000123, 1234567, 1e21, 99.99, -5.5];
for (const x of xs) console.log(String(x), x.toPrecision(1), x.toPrecision(3), x.toPrecision(8));
console.log((123.456).toPrecision(), (1 / 3).toPrecision(21));
