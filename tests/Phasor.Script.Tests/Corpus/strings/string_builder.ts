// Building strings in loops with += and with arrays.
let s = "";
for (let i = 0; i < 10; i++) s += String.fromCharCode(97 + i);
console.log(s, s.length);
const parts: string[] = [];
for (let i = 0; i < 5; i++) parts.push(i.toString(2).padStart(3, "0"));
console.log(parts.join(" "));
let big = "";
for (let i = 0; i < 10000; i++) big += "ab";
console.log(big.length, big.slice(-4), big.indexOf("ba"), big.lastIndexOf("ab"));
