// Slashes after values are division, not the start of a regular expression.
const a = 10, b = 2, g = 5;
console.log(a / b / g);
console.log(a /b/ g);
const arr = [8, 4];
console.log(arr[0] / arr[1]);
console.log((a + b) / 3);
let x = 9;
x /= 3;
console.log(x);
