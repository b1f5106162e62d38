// Errors found after parsing, each at the offending keyword or name.
// Error 1: "break" outside a loop or switch.
// Error 2: "continue" outside a loop.
// Error 3: a second "let" declaration of "dup" in the same scope, reported at the name.
// Error 4: "return" outside a function.
function f() {
  break;
}
if (true) { continue; }
let dup = 1;
let dup = 2;
return 5;
