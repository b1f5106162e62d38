// Function declarations with parameters, return values and implicit undefined.
function add(a: number, b: number) { return a + b; }
function noReturn() {}
function early(x: number) { if (x > 0) return "pos"; }
console.log(add(2, 3), noReturn(), early(1), early(-1));
console.log(add(1, 2, ...[] as []), add.length, noReturn.length);
console.log((add as any)(1), (add as any)(1, 2, 3));
console.log(add.name, typeof add);
