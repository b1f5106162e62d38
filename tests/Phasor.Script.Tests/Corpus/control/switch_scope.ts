// Each case shares one block scope; braces give a case its own.
function f(k: number) {
  switch (k) {
    case 1: {
      const msg = "first";
      return msg;
    }
    case 2: {
      const msg = "second";
      return msg;
    }
  }
  return "none";
}
console.log(f(1), f(2), f(3));
switch (0) { case 0: let x = 5; console.log(x); }
