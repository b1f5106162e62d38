// exit: 1
// throws: ReferenceError
// at: 6:20
// Using an undeclared variable is an uncaught ReferenceError from the engine.
console.log("start");
const total = 1 + (missingVariable as any);
console.log(total);
