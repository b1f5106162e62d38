// Error 1: a number literal cannot be assigned to.
// Error 2: a call result cannot be assigned to.
// Error 3: a number literal cannot be incremented.
let v = 0;
1 = v;
Math.max(1, 2) = 3;
5++;
