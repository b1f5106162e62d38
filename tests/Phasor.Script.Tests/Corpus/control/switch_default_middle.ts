// A default clause in the middle is used only when nothing matches, and falls through.
function f(x: string) {
  let r = "";
  switch (x) {
    case "a": r += "A";
    default: r += "D";
    case "b": r += "B"; break;
    case "c": r += "C";
  }
  return r;
}
console.log(f("a"), f("b"), f("c"), f("z"));
