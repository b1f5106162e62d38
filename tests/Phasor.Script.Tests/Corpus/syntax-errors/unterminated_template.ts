// Error: the template literal is never closed; reported at its opening backtick.
const a = 1;
const t = `value ${a} and more
console.log(a);
