// Classic for loops: counting, multiple variables, omitted clauses.
for (let i = 0; i < 3; i++) console.log("i", i);
for (let i = 10, j = 0; i > j; i -= 4, j++) console.log(i, j);
let k = 0;
for (; k < 3;) k++;
console.log("k", k);
let n = 0;
for (;;) { if (++n > 4) break; }
console.log("n", n);
for (var v = 0; v < 2; v++) {}
console.log("v after loop", v);
