// The built-in Error constructors, their names and messages.
const errors = [new Error("e"), new TypeError("t"), new RangeError("r"), new SyntaxError("s"), new ReferenceError("ref"), new EvalError("ev"), new URIError("u")];
for (const e of errors) {
  console.log(e.name, e.message, e instanceof Error, String(e));
}
const bare = new Error();
console.log(JSON.stringify(bare.message), bare.name, String(bare));
console.log(Error("no new") instanceof Error, TypeError("x").name);
