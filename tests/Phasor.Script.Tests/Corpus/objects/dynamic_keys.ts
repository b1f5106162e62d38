// Properties added, read and counted with dynamic string keys.
const counts: Record<string, number> = {};
for (const w of "the cat and the hat and the bat".split(" ")) counts[w] = (counts[w] || 0) + 1;
console.log(counts);
const keys = Object.keys(counts).sort();
for (const k of keys) console.log(k, counts[k]);
