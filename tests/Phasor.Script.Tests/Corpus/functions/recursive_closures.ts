// A closure that refers to itself through its own binding.
const countdown = (n: number): string => (n === 0 ? "liftoff" : n + " " + countdown(n - 1));
console.log(countdown(5));
let fibs: (n: number) => number;
fibs = n => (n < 2 ? n : fibs(n - 1) + fibs(n - 2));
console.log(fibs(15));
function walk(tree: any): number { return typeof tree === "number" ? tree : tree.map(walk).reduce((a: number, b: number) => a + b, 0); }
console.log(walk([1, [2, [3, [4]]], 5]));
