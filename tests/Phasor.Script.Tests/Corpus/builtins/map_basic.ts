// Map get, set, has, delete, size and clear.
const m = new Map<any, string>();
m.set("a", "A").set(1, "one").set("1", "string one");
console.log(m.size, m.get("a"), m.get(1), m.get("1"), m.get("missing"));
console.log(m.has(1), m.has("b"), m.delete(1), m.delete(1), m.size);
m.set("a", "A2");
console.log(m.get("a"), m.size);
m.clear();
console.log(m.size, m.get("a"));
