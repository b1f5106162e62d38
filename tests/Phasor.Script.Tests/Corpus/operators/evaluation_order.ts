// Operands are evaluated left to right, including in calls and member assignments.
const log: string[] = [];
function v(name: string, value: any) { log.push(name); return value; }
v("a", 1) + v("b", 2) * v("c", 3);
console.log(log.join(" ")); log.length = 0;
v("obj", {})[v("key", "k")] = v("value", 1);
console.log(log.join(" ")); log.length = 0;
v("f", Math.max)(v("x", 1), v("y", 2));
console.log(log.join(" ")); log.length = 0;
v("l", 1) < v("r", 2);
v("t", true) ? v("yes", 1) : v("no", 2);
console.log(log.join(" "));
