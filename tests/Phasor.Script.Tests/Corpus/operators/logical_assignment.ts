// ||=, &&= and ??= assign only when the left side says so; a setter is not called otherwise.
let a: any = 0, b: any = 1, c: any = null, d: any = "";
a ||= 10; b ||= 20; c ??= 30; d ??= 40;
console.log(a, b, c, JSON.stringify(d));
let e: any = 5, f: any = 0;
e &&= e * 2; f &&= 99;
console.log(e, f);
const log: string[] = [];
const obj = {
  _v: undefined as any,
  get v() { log.push("get"); return this._v; },
  set v(x) { log.push("set " + x); this._v = x; },
};
obj.v ??= "first";
obj.v ??= "second";
obj.v ||= "third";
obj.v &&= "fourth";
console.log(obj._v, log.join(", "));
let evaluated = 0;
const rhs = () => { evaluated++; return "rhs"; };
let keep: any = "kept";
keep ||= rhs(); keep ??= rhs();
let empty: any = undefined;
empty &&= rhs();
console.log(keep, empty, evaluated);
const counts: Record<string, number> = {};
for (const w of "a b a c b a".split(" ")) { counts[w] ??= 0; counts[w]++; }
console.log(JSON.stringify(counts));
const arr: any[] = [null, 0, "x"];
arr[0] ??= "filled"; arr[1] ||= "truthy"; arr[2] &&= arr[2].toUpperCase();
console.log(arr.join());
