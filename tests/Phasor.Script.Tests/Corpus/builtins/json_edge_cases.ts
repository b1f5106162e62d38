// JSON.stringify and JSON.parse at their edges.
console.log(JSON.stringify({ a: undefined, b: () => 1, c: null, d: NaN, e: -Infinity, f: -0, g: [undefined, () => 1, NaN] }));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(null), JSON.stringify("q\"u\\o\nte\u0001"), JSON.stringify(-0));
console.log(JSON.stringify({ nested: { deeper: { deepest: [1, { x: [] }, {}] } } }, null, 2));
console.log(JSON.stringify([[], {}, [[]], { a: {} }], null, "\t"));
console.log(JSON.stringify({ a: 1, b: [1, 2] }, null, 20) === JSON.stringify({ a: 1, b: [1, 2] }, null, 10), JSON.stringify([1], null, "--------------x"));
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ["a", "c"]), JSON.stringify({ 1: "one", 2: "two" }, [1 as any]));
const withToJSON = { value: 5, toJSON(key: string) { return { key, doubled: this.value * 2 }; } };
console.log(JSON.stringify({ top: withToJSON, list: [withToJSON] }));
console.log(JSON.stringify({ a: 1, b: "two", c: [3] }, (key, value) => (typeof value === "number" ? value * 10 : value)));
console.log(JSON.stringify({ a: { b: 1 } }, function (this: any, key, value) { return key === "b" ? Object.keys(this).join() : value; }));
class Point { constructor(public x: number, public y: number) {} get length() { return 1; } }
console.log(JSON.stringify(new Point(1, 2)), JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(new Error("e")));
console.log(JSON.stringify({ [3]: "c", b: "b", [1]: "a" }), JSON.stringify("\u2028\u2029"), JSON.stringify("\ud800"));
const parsed = JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041\\n","d":1e3,"e":-0.5,"a2":true, "dup":1, "dup":2}');
console.log(parsed.a[2].b, parsed.c, parsed.d, parsed.e, parsed.a2, parsed.dup, Object.keys(parsed).join());
console.log(JSON.parse(" [ 1 , 2 ] ").length, JSON.parse('"\\ud83c\\udfb5"'), JSON.parse("123456789012345678901234567890"), JSON.parse("-0"));
const revived = JSON.parse('{"keep":1,"drop":2,"inner":{"drop":3,"x":4}}', (key, value) => (key === "drop" ? undefined : value));
console.log(JSON.stringify(revived));
const order: string[] = [];
JSON.parse('{"a":{"b":1,"c":[2]},"d":3}', function (key, value) { order.push(key === "" ? "(root)" : key); return value; });
console.log(order.join(","));
const proto = JSON.parse('{"__proto__":{"polluted":true}}');
console.log(Object.keys(proto).join(), ({} as any).polluted, proto.__proto__ !== undefined);
for (const bad of ["{", "[1,]", "{'a':1}", "01", "NaN", '"\\x"', "", "tru"]) {
  try { JSON.parse(bad); console.log("parsed", bad); } catch (e) { console.log((e as Error).name); }
}
