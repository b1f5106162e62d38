// Out of scope: eval. Expected: "not supported" at each reference to eval.
const code = "1 + 2";
console.log(eval(code));
const indirect = eval;
