// Destructuring: defaults are lazy and run left to right, holes read undefined, rest collects what is left.
const log: string[] = [];
const d = (label: string, value: number) => { log.push(label); return value; };
const [a = d("a", 1), b = d("b", 2), c = a + b] = [undefined, 20];
console.log(a, b, c, log.join());
log.length = 0;
const { x = d("x", 1), y = d("y", x * 10), ...others } = { y: undefined, z: 3, w: 4 } as any;
console.log(x, y, JSON.stringify(others), log.join());
const [, second, , fourth = "default", ...tail] = [1, 2, 3, undefined, 5, 6];
console.log(second, fourth, tail.join());
const [p = "p", q = "q"] = [null, undefined] as any[];
console.log(p, q);
const { 0: first, length } = ["f", "g"];
const { ["comp" + "uted"]: computed = "fallback" } = {} as any;
console.log(first, length, computed);
const { a: { b: deep = "deep default" } = {} } = {} as any;
console.log(deep);
const [h1, h2] = "héllo" as any;
const [...chars] = "a😀b";
const [[n1, n2] = [9, 8]] = [] as any[];
console.log(h1, h2, chars.length, n1, n2);
const [m1, [m2, m3] = []] = new Map([["k", "v"]]) as any;
console.log(JSON.stringify(m1), m2, m3);
const [s1, ...sRest] = new Set([3, 1, 3, 2]);
console.log(s1, sRest.join());
let left = 1, right = 2;
[left, right] = [right, left];
const target: any = {};
({ a: target.first, b: target["second"] = "dflt" } = { a: "A" } as any);
[target.arr = [], ...target.rest] = [undefined, 1, 2];
console.log(left, right, JSON.stringify(target));
function params({ name = "anon", tags: [firstTag = "none", ...moreTags] = [] }: any = {}, ...rest: number[]) {
  return `${name} ${firstTag} ${moreTags.length} ${rest.length}`;
}
console.log(params(), params({ name: "n", tags: ["t1", "t2", "t3"] }, 1, 2));
for (const [key, { v = 0 } = {}] of [["a", { v: 1 }], ["b"]] as any[]) console.log(key, v);
try { const { z } = null as any; } catch (e) { console.log((e as Error).name); }
try { const [z] = {} as any; } catch (e) { console.log((e as Error).name); }
