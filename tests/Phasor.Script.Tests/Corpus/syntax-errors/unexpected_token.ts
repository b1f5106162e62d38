// Error 1: "*" cannot start an expression.
// Error 2: ")" cannot start an expression.
// Error 3: "]" is unexpected inside the argument list.
let a = * 3;
let b = 1 + );
console.log(a, b]);
