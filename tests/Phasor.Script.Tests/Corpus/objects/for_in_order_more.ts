// for...in: integer-like keys in ascending order first, then string keys in insertion order, then inherited ones.
const o: any = { b: 1, 10: "ten", a: 2, 2: "two", "-1": "neg", "01": "leading zero", 4294967294: "max index", 4294967295: "not an index", 1.5: "frac" };
const keys: string[] = [];
for (const k in o) keys.push(k);
console.log(keys.join(" "));
console.log(Object.keys(o).join(" ") === keys.join(" "), JSON.stringify(Object.keys({ z: 1, 0: 0 })));
const parent = { inherited: 1, shadowed: "parent" };
const child = Object.create(parent);
child.own = 1; child.shadowed = "child"; child[0] = "idx";
const seen: string[] = [];
for (const k in child) seen.push(k + "=" + child[k]);
console.log(seen.join(", "));
const mutating: any = { a: 1, b: 2, c: 3 };
const visited: string[] = [];
for (const k in mutating) { visited.push(k); if (k === "a") { delete mutating.b; mutating.d = 4; } }
console.log(visited.join(), Object.keys(mutating).join());
const arr: any = ["x", "y"]; arr.extra = true;
const arrKeys: string[] = [];
for (const k in arr) arrKeys.push(typeof k + ":" + k);
console.log(arrKeys.join());
for (const k in "hi") console.log("string index", k);
for (const k in null as any) console.log("never");
for (const k in 42 as any) console.log("never either");
class WithMethods { field = 1; method() {} get acc() { return 1; } }
console.log(Object.keys(new WithMethods()).join(), (() => { const r: string[] = []; for (const k in new WithMethods()) r.push(k); return r.join(); })());
