// Operator precedence and associativity.
console.log(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -(2 ** 2), (-2) ** 2);
console.log(1 - 2 - 3, 2 / 2 / 2, 2 ** 2 ** 3);
console.log(1 + 2 + "3", "1" + 2 + 3, 1 < 2 < 3, 3 > 2 > 1);
console.log(1 | 2 & 3, 1 ^ 3 | 4, 8 >> 1 + 1, 1 + 1 << 2);
console.log(!true || true, !(true || true), 1 == 1 && 2 == 2);
console.log(typeof 1 + 1, void 0, void "x");
let a, b;
a = b = 5;
console.log(a, b);
