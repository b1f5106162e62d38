// JSON.stringify with numeric and string indentation.
const data = { name: "pattern", steps: [1, 0, [2, 3]], meta: { bpm: 120, tags: [] as string[], empty: {} } };
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, null, "--"));
console.log(JSON.stringify([1, [2]], null, 20).split("\n")[1].length);
console.log(JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, ""));
