// String(error) is "name: message", or just name when the message is empty.
class AppError extends Error { name = "AppError"; }
console.log(String(new AppError("failed")), String(new AppError()));
console.log(`${new TypeError("bad type")}`, "" + new RangeError(""));
const e = new Error("x");
e.name = "";
console.log(String(e));
console.log([new Error("in array")].join(), new Error("m").message.length);
