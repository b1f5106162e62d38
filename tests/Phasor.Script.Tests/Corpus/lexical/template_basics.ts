// Template literals: substitutions, expressions, nesting and multi-line text.
const name = "world";
const n = 3;
console.log(`hello ${name}`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`nested ${`inner ${n * 2}`} done`);
console.log(`multi
line
text`);
console.log(`${1}${2}${3}`, `${"a"}`.length, ``.length);
console.log(`obj ${[1, 2, 3]} and ${null} ${undefined} ${true}`);
console.log(`escape \` backtick \${not} \\`);
