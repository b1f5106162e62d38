// for...of over a string yields code points, not code units.
for (const ch of "hey") console.log(ch);
const s = "a😀b";
let count = 0;
for (const ch of s) { count++; console.log(ch, ch.length); }
console.log(count, s.length);
