// Concatenation with + and concat, including non-string values.
console.log("a".concat("b", "c"), "n".concat(1 as any, null as any));
let s = "";
for (const part of ["x", "y", "z"]) s = s + part + "|";
console.log(s);
console.log("1" + 2 + 3, 1 + 2 + "3", "" + [1, 2] + { a: 1 });
console.log("x" + 0.1 * 3, "y" + 1e21, "z" + -0);
