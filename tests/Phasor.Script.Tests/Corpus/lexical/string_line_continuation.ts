// A backslash before a newline continues a string literal without adding characters.
const long = "abc\
def\
ghi";
console.log(long, long.length);
console.log("a\
" === "a");
const t = 'x\
y';
console.log(t);
