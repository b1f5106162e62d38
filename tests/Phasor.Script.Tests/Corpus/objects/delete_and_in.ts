// delete removes own properties only; in looks along the prototype chain.
const base = { inherited: 1 };
const o: any = Object.create(base);
o.own = 1; o.other = 2; o[0] = "zero";
console.log("own" in o, "inherited" in o, "toString" in o, "nope" in o, 0 in o, "0" in o);
console.log(delete o.own, delete o.nope, delete o.inherited, "own" in o, "inherited" in o, o.inherited);
console.log(delete o[0], 0 in o, Object.keys(o).join());
o.own = "back";
console.log(Object.keys(o).join());
const arr: any = [1, 2, 3];
console.log(delete arr[1], arr.length, 1 in arr, arr[1], JSON.stringify(arr), arr.join("-"));
console.log(0 in arr, 3 in arr, "length" in arr, "push" in arr, -1 in arr);
const m = new Map([["k", 1]]);
console.log("k" in m, m.has("k"), "size" in m);
let x = 1;
console.log(x);
console.log(delete (o as any).own.missing, typeof o.own);
try { ("a" as any) in "string"; } catch (e) { console.log((e as Error).name); }
class Sealer {
  static attempt(target: any, key = "fixed") { try { delete target[key]; return "deleted"; } catch (e) { return (e as Error).name; } }
}
console.log(Sealer.attempt(Object.freeze({ fixed: 1 })), Sealer.attempt({ fixed: 1 }), Sealer.attempt(arr, "length"), arr.length);
