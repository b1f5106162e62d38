// Number.prototype.toString without radix equals String(x).
const xs = [0, -0, 1, -1, 0.5, 1e21, 1e-7, 123.0, 1.23e5, NaN, -Infinity, 2 ** 53];
console.log(xs.map(x => x.toString()).join(" "));
console.log(xs.map(x => String(x)).join(" "));
console.log(xs.join(" "));
