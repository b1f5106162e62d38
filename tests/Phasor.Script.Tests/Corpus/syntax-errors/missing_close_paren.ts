// Syntax errors: the .errors file lists line:col of each error.
// Error 1: the call lacks its ")"; it is reported at the next token, the ";".
// Error 2: the if condition lacks its ")"; it is reported at the "{".
console.log((1 + 2);
const ok = 1;
function f(x: number) {
  if (x > 1 {
    return x;
  }
  return 0;
}
