// exit: 1
// throws: TypeError: expected a number, got string
// at: 8:36
// An uncaught TypeError thrown by the program itself.
const values = [1, 2, "three"];
let sum = 0;
for (const v of values) {
  if (typeof v !== "number") throw new TypeError("expected a number, got " + typeof v);
  sum += v;
  console.log("sum so far", sum);
}
console.log("never printed");
