// Errors have name and message; they can be changed and extended.
const e: any = new Error("msg");
console.log(e.name, e.message, e.toString());
e.name = "CustomName";
console.log(e.toString());
e.message = "";
console.log(e.toString());
e.code = 404;
console.log(e.code, e.name, e.message === "");
console.log(Object.keys(new Error("k")).length);
