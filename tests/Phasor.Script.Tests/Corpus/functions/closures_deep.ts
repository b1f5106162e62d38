// Closures capturing variables several scopes up.
function level1(a: number) {
  return function level2(b: number) {
    return function level3(c: number) {
      return () => a + b + c;
    };
  };
}
console.log(level1(1)(10)(100)());
function accumulate() {
  let total = 0;
  return (x: number) => {
    const inner = () => { total += x; return total; };
    return inner();
  };
}
const acc = accumulate();
console.log(acc(1), acc(2), acc(3));
