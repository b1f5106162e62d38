// Line comments, block comments and comments in odd places.
let a = 1; // trailing comment
/* block */ let b = /* inline */ 2;
/*
 * multi-line block comment
 */
console.log(a + b);
console.log(/* in args */ a, // after arg
  b);
let c = a /* between */ + /* operands */ b;
console.log(c);
// console.log("never");
/* console.log("never either"); */
console.log("end");
