// Default values apply when an argument is undefined, and may refer to earlier parameters.
function greet(name = "you", greeting = "hi " + name) { return greeting + "!"; }
console.log(greet(), greet("ann"), greet(undefined, "yo"), greet(null as any));
let evaluated = 0;
function f(x = ++evaluated) { return x; }
console.log(f(), f(10), f(), evaluated);
const arrow = (a: number, b = a * 2, c = a + b) => [a, b, c].join(",");
console.log(arrow(1), arrow(1, 1), arrow(1, undefined, 0));
console.log(greet.length, arrow.length);
