// exit: 1
// throws: Error: too deep at 3
// at: 7:50 6:61 5:61 9:1
// An error thrown several calls deep unwinds to the top level.
function a(n: number): number { console.log("a", n); return b(n + 1); }
function b(n: number): number { console.log("b", n); return c(n + 1); }
function c(n: number): number { if (n > 2) throw new Error("too deep at " + n); return n; }
console.log(c(1));
a(1);
