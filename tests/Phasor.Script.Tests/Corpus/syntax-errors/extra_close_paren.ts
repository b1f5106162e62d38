// Error 1: an extra ")" after a complete call.
// Error 2: an extra "}" at the top level.
console.log("x"));
function g() {
  return 1;
}}
g();
