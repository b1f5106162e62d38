// Error 1: the right operand of "+" is missing; reported at the ";".
// Error 2: the right operand of "*" is missing; reported at the ")".
let y = 1 + ;
let z = (2 * );
console.log(y, z);
