// Destructuring patterns in function parameters with defaults.
function draw({ x = 0, y = 0, color = "black" } = {}) { return `${color}@${x},${y}`; }
console.log(draw(), draw({ x: 5 }), draw({ color: "red", y: 2 }));
function sum([a, b, c = 0]: number[]) { return a + b + c; }
console.log(sum([1, 2]), sum([1, 2, 3]));
const pairs: [string, number][] = [["a", 1], ["b", 2]];
console.log(pairs.map(([k, v]) => k + v).join(" "));
const users = [{ name: "ann", tags: ["x", "y"] }, { name: "bob", tags: [] }];
console.log(users.map(({ name, tags: [t = "none"] }) => `${name}:${t}`).join(" "));
