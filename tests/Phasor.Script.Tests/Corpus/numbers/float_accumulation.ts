// Repeated addition of fractions accumulates rounding error.
let x = 0;
for (let i = 0; i < 10; i++) { x += 0.1; console.log(x); }
let y = 1;
for (let i = 0; i < 5; i++) { y /= 3; }
console.log(y, y * 243);
