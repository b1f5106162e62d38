// Generic arrows, default type parameters and generic calls with explicit arguments.
const wrap = <T,>(x: T) => [x];
type Container<T = string> = { item: T };
const c: Container = { item: "default" };
const n: Container<number> = { item: 1 };
function makeArray<T = number>(n: number, v: T): T[] { return new Array(n).fill(v); }
console.log(wrap(1), wrap<string>("s"), c.item, n.item);
console.log(makeArray(3, 0), makeArray<string>(2, "x"));
const result = Math.max<any>(1, 2);
