// A Map used as an LRU cache with delete-and-reinsert for recency.
class Lru<K, V> {
  private m = new Map<K, V>();
  constructor(private cap: number) {}
  get(k: K) { if (!this.m.has(k)) return undefined; const v = this.m.get(k)!; this.m.delete(k); this.m.set(k, v); return v; }
  put(k: K, v: V) { this.m.delete(k); this.m.set(k, v); if (this.m.size > this.cap) { for (const oldest of this.m.keys()) { this.m.delete(oldest); break; } } }
  keys() { return [...this.m.keys()].join(","); }
}
const c = new Lru<string, number>(3);
c.put("a", 1); c.put("b", 2); c.put("c", 3);
c.get("a");
c.put("d", 4);
console.log(c.keys(), c.get("b"), c.get("c"));
