// Out of scope: regular expression literals. Expected: "not supported" at the opening "/".
const text = "a1b2";
const digits = /[0-9]/g;
console.log(text, digits);
