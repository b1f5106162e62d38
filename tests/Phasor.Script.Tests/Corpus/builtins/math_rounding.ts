// round, floor, ceil, trunc and fround.
const xs = [1.4, 1.5, 1.6, -1.4, -1.5, -1.6, 0.5, -0.5, 2.5, -2.5];
console.log(xs.map(Math.round).join(" "));
console.log(xs.map(Math.floor).join(" "));
console.log(xs.map(Math.ceil).join(" "));
console.log(xs.map(Math.trunc).join(" "));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(0.1), Math.round(1e20), Math.round(NaN));
