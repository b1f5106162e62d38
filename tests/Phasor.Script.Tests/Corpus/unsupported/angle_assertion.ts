// Out of scope: <T>value type assertions (use "value as T"). Expected: "not supported" at the "<".
const input: unknown = "440";
const text = <string>input;
console.log(text.length);
