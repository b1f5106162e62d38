// Maps iterate in insertion order; deleting and re-adding moves a key to the end.
const m = new Map<string | number, number>();
m.set("z", 1).set(10, 2).set("a", 3).set(2, 4);
const keys: any[] = [];
m.forEach((v, k) => keys.push(k));
console.log(keys.join(" "));
m.delete("z");
m.set("z", 5);
m.set(10, 20);
const entries: string[] = [];
m.forEach((v, k, map) => entries.push(k + "=" + v + "/" + map.size));
console.log(entries.join(" "));
console.log([...m.keys()].join(), [...m.values()].join());
