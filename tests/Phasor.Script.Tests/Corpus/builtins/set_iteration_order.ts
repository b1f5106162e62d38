// Sets iterate in insertion order; re-adding an existing value keeps its position.
const s = new Set<string>();
for (const v of ["d", "b", "a", "c"]) s.add(v);
s.add("b");
const out: string[] = [];
s.forEach((v, v2, set) => out.push(v + v2 + set.size));
console.log(out.join(" "));
s.delete("d");
s.add("d");
console.log([...s].join(""));
for (const v of s) if (v === "a") s.delete("c");
console.log([...s].join(""));
