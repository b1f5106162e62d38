// exit: 1
// throws: TypeError
// at: 7:16
// Assigning to a const at top level is an uncaught TypeError from the engine.
const tempo = 120;
console.log(tempo);
(tempo as any) = 130;
