// String concatenation with + and mixed operand types.
console.log("a" + "b" + 1 + 2);
console.log(1 + 2 + "a" + "b");
console.log("x" + null, "y" + undefined, "z" + true);
console.log("" + 0.5, "" + -0, "" + [1, [2, 3]], "" + {});
let s = "";
for (let i = 0; i < 5; i++) s += i;
console.log(s, s.length);
