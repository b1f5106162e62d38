// var declarations are hoisted to the function with value undefined.
function f() {
  console.log(typeof x, x);
  var x = 5;
  console.log(x);
  if (false) { var y = 1; }
  console.log(y);
  for (var i = 0; i < 2; i++) { var inner = i; }
  console.log(i, inner);
}
f();
