// Number methods called on variables and expression results.
const price = 19.999;
console.log(price.toFixed(2), Math.round(price * 100) / 100, (price * 3).toFixed(1));
const n = 1234.5678;
console.log(n.toFixed(1), n.toPrecision(6), n.toExponential(3), n.toString(16).slice(0, 8));
console.log((12).toString().length, (0.5).toFixed(0), (1.5).toFixed(0), (-0.5).toFixed(0));
