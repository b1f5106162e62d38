// String methods return new strings and never change the original.
const s = "Hello";
const u = s.toUpperCase();
s.concat(" world");
s.replace("H", "J");
console.log(s, u);
let t = s;
t += "!";
console.log(s, t);
