// Patterns in for...of heads over entries and arrays of objects.
const kit: [string, number][] = [["kick", 36], ["snare", 38]];
for (const [name, note] of kit) console.log(name, note);
for (const [i, [v]] of [[0, ["a"]], [1, ["b"]]] as [number, string[]][]) console.log(i, v);
for (const { id, tags: [first] } of [{ id: 1, tags: ["x"] }, { id: 2, tags: [] as string[] }]) console.log(id, first);
for (const [k, v] of Object.entries({ p: 1, q: 2 })) console.log(k + "=" + v);
