// Array destructuring with skips, defaults, rest and swaps.
const [a, b] = [1, 2];
const [, second, , fourth = "d4"] = ["x", "y", "z"];
const [head, ...tail] = [1, 2, 3, 4];
console.log(a, b, second, fourth, head, tail.join());
let x = 1, y = 2;
[x, y] = [y, x];
console.log(x, y);
const [[n1, n2], [n3]] = [[1, 2], [3]];
console.log(n1 + n2 + n3);
const [p = 10, q = p * 2] = [];
console.log(p, q);
const [c1, c2] = "hi";
console.log(c1, c2);
