// Error 1: "else" cannot start a statement.
// Error 2: "else" follows a complete if statement whose block ended with "};".
let x = 1;
else { x = 2; }
if (x > 0) {
  x = 3;
}; else {
  x = 4;
}
