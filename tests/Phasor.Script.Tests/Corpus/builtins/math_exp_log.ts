// Exponentials and logarithms.
console.log(Math.exp(0), Math.exp(1), Math.expm1(0), Math.log(Math.E), Math.log(1));
console.log(Math.log(0), Math.log(-1), Math.log2(8), Math.log2(1024), Math.log10(1000), Math.log10(0.01));
console.log(Math.log1p(0), Math.log2(3).toFixed(6), Math.exp(-Infinity));
const db = (amp: number) => 20 * Math.log10(amp);
console.log(db(1), db(0.5).toFixed(3), db(0.001), 10 ** (-6 / 20));
