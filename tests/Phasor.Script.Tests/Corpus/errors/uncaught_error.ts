// exit: 1
// throws: Error: fatal: configuration missing
// at: 6:25 7:1
// An uncaught Error ends the program with exit code 1 after the output printed so far.
console.log("before");
function fail() { throw new Error("fatal: configuration missing"); }
fail();
console.log("never printed");
