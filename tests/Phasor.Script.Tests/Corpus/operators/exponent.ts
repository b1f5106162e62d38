// ** is right associative and binds tighter than unary on its right.
console.log(2 ** 10, 2 ** -1, 2 ** 0.5, (-2) ** 3, (-8) ** (1 / 3));
console.log(2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(0 ** 0, NaN ** 0, 1 ** Infinity, 10 ** 21, 10 ** -7);
let p = 3;
p **= 3;
console.log(p, -(2 ** 2));
