// exit: 1
// throws: RangeError
// Unbounded recursion without a handler ends the program with a RangeError.
function recurse(n: number): number { return recurse(n + 1) + 1; }
console.log("recursing");
recurse(0);
