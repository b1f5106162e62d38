// Printing strings with quotes and escapes directly and inside arrays.
const s = 'it\'s "quoted"';
console.log(s);
console.log([s]);
console.log(["tab\there", "new\nline", "back\\slash"]);
console.log({ key: "va'l" }, ["a\"b"]);
console.log(JSON.stringify(s), JSON.stringify("tab\there\n"));
