// switch matches with === and runs the first matching case.
function name(n: any) {
  switch (n) {
    case 1: return "one";
    case 2: return "two";
    case "1": return "string one";
    default: return "many";
  }
}
console.log(name(1), name(2), name("1"), name(3), name(null));
