// for...of over arrays yields values in order, with const or let bindings.
const notes = ["c", "e", "g"];
for (const n of notes) console.log(n);
let total = 0;
for (let v of [1, 2, 3]) { v *= 10; total += v; }
console.log(total);
for (const [i, v] of [[0, "a"], [1, "b"]]) console.log(i, v);
const holes = [1, , 3];
for (const h of holes) console.log(h);
