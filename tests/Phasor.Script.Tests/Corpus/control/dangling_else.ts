// else binds to the nearest if.
function f(a: boolean, b: boolean) {
  let r = "none";
  if (a)
    if (b) r = "a&b";
    else r = "a&!b";
  return r;
}
console.log(f(true, true), f(true, false), f(false, true), f(false, false));
