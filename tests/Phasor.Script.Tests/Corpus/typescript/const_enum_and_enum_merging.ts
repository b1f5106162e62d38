// Enum declarations with the same name merge into one object.
enum Note { C = 60 }
enum Note { D = 62, E = 64 }
console.log(Note.C, Note.D, Note.E, Note[64]);
const enum Small { One = 1, Two = 2 }
console.log(Small.One + Small.Two);
