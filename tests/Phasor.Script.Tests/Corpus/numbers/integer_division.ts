// Integer division idioms: Math.floor, Math.trunc, | 0 and remainders.
const pairs = [[7, 2], [-7, 2], [7, -2], [1e10, 3], [5, 0]];
for (const [a, b] of pairs) {
  console.log(a, b, Math.floor(a / b), Math.trunc(a / b), (a / b) | 0, a % b);
}
