// exit: 1
// throws: RangeError: out of range
// at: 7:9
// finally blocks run before an uncaught error ends the program.
try {
  console.log("in try");
  throw new RangeError("out of range");
} finally {
  console.log("finally runs");
}
console.log("never printed");
