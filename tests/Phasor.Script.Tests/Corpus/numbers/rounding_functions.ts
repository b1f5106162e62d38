// Math.round, floor, ceil, trunc on halves and negatives.
const xs = [2.5, 3.5, -2.5, -3.5, 0.49999999999999994, -0.5, 1.4999, 7, -7.000001];
for (const x of xs) {
  console.log(x, Math.round(x), Math.floor(x), Math.ceil(x), Math.trunc(x), Math.sign(x));
}
