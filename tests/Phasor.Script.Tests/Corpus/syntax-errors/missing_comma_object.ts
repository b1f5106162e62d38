// Error 1: object literal properties need a "," between them; reported at "b".
// Error 2: array elements need a "," between them; reported at "3".
const o = {
  a: 1
  b: 2,
};
const arr = [1, 2 3];
