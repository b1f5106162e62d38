// do...while runs its body at least once.
let i = 10;
do { console.log("body", i); i++; } while (i < 3);
let n = 0;
do n++; while (n < 5)
console.log(n);
let digits = 0, x = 12345;
do { digits++; x = Math.floor(x / 10); } while (x > 0);
console.log(digits);
