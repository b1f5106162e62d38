// A return in finally overrides the try's return or throw.
function f1() { try { return "try"; } finally { console.log("f1 finally"); } }
function f2(): string { try { return "try"; } finally { return "finally"; } }
function f3(): string { try { throw new Error("lost"); } finally { return "finally wins"; } }
function f4() { let x = 1; try { return x; } finally { x = 2; } }
console.log(f1(), f2(), f3(), f4());
function f5(): string { for (;;) { try { return "loop"; } finally { break; } } return "after break"; }
console.log(f5());
