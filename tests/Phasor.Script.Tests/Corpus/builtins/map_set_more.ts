// Map and Set: SameValueZero keys, insertion order, and iteration that sees changes made during it.
const m = new Map<any, string>();
const objKey = {}, arrKey: number[] = [];
m.set(NaN, "nan").set(0, "zero").set(objKey, "object").set(arrKey, "array").set("0", "string zero");
console.log(m.get(NaN), m.get(-0), m.get({}), m.get(objKey), m.get("0"), m.size, m.has(Number("x")));
m.set(-0, "negative zero wins the value, not the key");
console.log(Object.is([...m.keys()][1], 0), m.get(0));
const visited: string[] = [];
const live = new Map([["a", 1], ["b", 2], ["c", 3]]);
for (const [k, v] of live) {
  visited.push(k + v);
  if (k === "a") { live.delete("b"); live.set("d", 4); live.set("a", 10); }
}
console.log(visited.join(), [...live.entries()].join("|"));
const order: string[] = [];
new Map([["x", 1], ["y", 2]]).forEach((value, key, map) => order.push(`${key}=${value}/${map.size}`));
console.log(order.join());
const s = new Set([3, 1, 3, 2, 1]);
s.add(1); s.delete(3); s.add(3);
console.log([...s].join(), s.size, s.has(3), new Set("mississippi").size, [...new Set("mississippi")].join(""));
const a = new Set([1, 2, 3]), b = new Set([2, 3, 4]);
console.log([...a].filter(x => b.has(x)).join(), [...new Set([...a, ...b])].join(), [...a].filter(x => !b.has(x)).join());
const growing = new Set([1]);
let steps = 0;
for (const v of growing) { if (v < 5) growing.add(v + 1); steps++; }
console.log(steps, [...growing].join());
const it = m.values();
m.clear();
console.log(it.next().done, m.size, m.get(NaN));
const weakish = new Map([[1, "one"]]);
console.log(weakish.delete(1), weakish.delete(1), weakish.size, new Map().get("x"), JSON.stringify([...new Map([[1, { a: 2 }]])]));
console.log(Array.from(new Map([["k", "v"]]).keys()), Array.from(new Set([1, 2]), v => v * 3), new Set([NaN, NaN, 0, -0]).size);
