// void evaluates its operand and yields undefined.
let n = 0;
const r = void n++;
console.log(r, n);
console.log(void 0 === undefined, typeof void 0);
const f = () => void console.log("side effect");
console.log(f());
