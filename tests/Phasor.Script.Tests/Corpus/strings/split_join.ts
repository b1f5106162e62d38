// split with string separators and limits, then join.
console.log("a,b,,c".split(","), "a,b,c".split(",", 2));
console.log("abc".split(""), "abc".split(), "".split(","), "".split(""));
console.log("one  two".split(" "), "a--b--c".split("--").join("+"));
console.log("no-sep".split("x"), "x".split("x"));
const csv = "name;bpm\nsong a;120\nsong b;90";
console.log(csv.split("\n").map(line => line.split(";")[1]).join("|"));
