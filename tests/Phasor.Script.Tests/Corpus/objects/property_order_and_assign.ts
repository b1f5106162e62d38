// Own-key order (integer keys ascending, then strings in creation order) is shared by keys, JSON, assign and spread.
const o: any = {};
o.z = 1; o[2] = "two"; o.a = 2; o[1] = "one"; o["10"] = "ten"; o.m = 3;
console.log(Object.keys(o).join(), Object.values(o).join(), JSON.stringify(Object.entries(o)));
console.log(JSON.stringify(o), JSON.stringify({ ...o }), Object.keys(Object.assign({}, o)).join());
delete o.z; o.z = "re-added";
console.log(Object.keys(o).join());
const log: string[] = [];
const source = { get first() { log.push("get first"); return 1; }, second: 2 };
const target = { set second(v: number) { log.push("set second " + v); } } as any;
Object.assign(target, source, null, undefined, "ab", [7]);
console.log(log.join("; "), JSON.stringify(target));
const hidden = Object.defineProperty({ visible: 1 }, "hidden", { value: 2, enumerable: false });
console.log(Object.keys(hidden).join(), JSON.stringify({ ...hidden }), Object.assign({}, hidden).hidden, Object.getOwnPropertyNames(hidden).join());
console.log(JSON.stringify(Object.fromEntries([["b", 1], ["a", 2], ["1", 3]])), JSON.stringify(Object.fromEntries(new Map([["k", "v"]]))));
const proto = { inherited: true };
const child = Object.assign(Object.create(proto), { own: 1 });
console.log(Object.keys(child).join(), JSON.stringify(child), JSON.stringify({ ...child }), child.inherited);
class Point { x = 1; y = 2; get len() { return 3; } method() {} }
console.log(Object.keys(new Point()).join(), JSON.stringify(Object.entries(new Point())));
const arr = ["a", "b"];
console.log(Object.keys(arr).join(), Object.entries(arr).join("|"), JSON.stringify(Object.assign([1, 2, 3], [9])));
