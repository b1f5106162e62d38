// Template literals with expressions, calls, conditionals and nesting.
const user = { name: "ann", items: ["a", "b"] };
console.log(`${user.name.toUpperCase()} has ${user.items.length} item${user.items.length === 1 ? "" : "s"}`);
console.log(`sum: ${[1, 2, 3].reduce((a, b) => a + b)}`);
console.log(`${user.items.map(i => `<${i}>`).join("")}`);
const rows = [["a", 1], ["bb", 22]];
for (const [k, v] of rows) console.log(`${String(k).padEnd(4)}|${String(v).padStart(4)}`);
console.log(`${1 + 1}${"2"}${[3]}${{}.constructor === Object}`);
