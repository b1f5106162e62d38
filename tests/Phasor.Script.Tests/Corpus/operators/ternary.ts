// The conditional operator, nested and right associative.
function grade(n: number) {
  return n >= 90 ? "A" : n >= 80 ? "B" : n >= 70 ? "C" : "F";
}
console.log(grade(95), grade(85), grade(72), grade(10));
const x = 0;
console.log(x ? "truthy" : "falsy", "" ? 1 : 2, [] ? "arr" : "no");
let c = 0;
const v = true ? (c++, "yes") : (c += 100, "no");
console.log(v, c);
