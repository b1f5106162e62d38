// Escapes inside templates and values converted with String().
console.log(`tab\there`);
console.log(`\u0041\x42C`);
console.log(`dollar $ alone and {braces}`);
console.log(`$${5}`);
const obj = { toString() { return "custom"; } };
console.log(`${obj}`);
console.log(`${0.1 + 0.2} ${-0} ${1e21} ${[]}`);
console.log(`${{}}`);
