// Error: the block comment is never closed; reported at its "/*".
let x = 1;
/* this comment never ends
let y = 2;
