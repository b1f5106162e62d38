class Animal { static registry: string[] = []; static register(n: string) { this.registry.push(n); return this; } speak() { return "..."; } toString() { return `Animal(${this.speak()})`; } }
class Dog extends Animal { speak() { return "woof"; } }
Dog.register("rex"); console.log(Animal.registry, `${new Dog()}`, new Dog() instanceof Animal, Object.getPrototypeOf(Dog) === Animal);
function pd({ x, y = x * 2 }: { x: number; y?: number }, [a, b] = [1, 2], ...more: number[]) { return [x, y, a, b, more.length]; }
console.log(pd({ x: 3 }), pd({ x: 1, y: 1 }, [5, 6], 7, 8));
const m = new Map<string, number>([["a", 1], ["b", 2]]); for (const [k, v] of m) console.log(k, v);
const st = new Set([1, 2, 2, 3]); for (const v of st) console.log(v);
const Named = class Self { static who() { return Self.name; } }; console.log(Named.who(), Named.name);
const arrowThis = () => typeof this; console.log(arrowThis());
let u: any = null; u ??= 5; let w = 0; w ||= 7; let z2 = 1; z2 &&= 9; let e2 = 2; e2 **= 3; console.log(u, w, z2, e2);
const ob: any = { n: 1, arr: [1, 2, 3] }; ob.n += 5; ob.arr[1] *= 10; ob.n++; ++ob.arr[0]; console.log(ob, ob.n--, ob.n);
const arr = [1, 2, 3]; delete arr[1]; console.log(arr, arr.length, 1 in arr);
console.log("10" == 10 as any, null == undefined, null == 0 as any, "" == 0 as any, [1] == 1 as any, NaN === NaN, "b" > "a");
const lit = { __proto__: null } as any; console.log(Object.getPrototypeOf(lit));
const base = { greet() { return "base"; } }; const derived = { __proto__: base, greet() { return "derived+" + super.greet(); } } as any; console.log(derived.greet());
const val = { valueOf() { return 42; } }; console.log((val as any) + 1, `${val}`);
function counter() { let c = 0; return { inc: () => ++c, get: () => c }; } const c1 = counter(); c1.inc(); c1.inc(); console.log(c1.get());
try { null!.x; } catch (e: any) { console.log(e instanceof TypeError, e.message); }
try { (undefined as any)(); } catch (e: any) { console.log(e.name); }
try { throw { code: 42 }; } catch ({ code }: any) { console.log(code); }
function thrower() { try { throw new Error("inner"); } finally { console.log("cleanup"); } }
try { thrower(); } catch (e: any) { console.log("caught", e.message); }
const nested = () => { try { try { throw 1; } finally { console.log("a"); } } catch (x) { console.log("b", x); } finally { console.log("c"); } }; nested();
console.log([1, 2, 3].map((x, i) => x * i), Array.from({ length: 3 }, (_, i) => i * i));
console.log(JSON.stringify({ a: [1, { b: 2 }], c: "x" }), JSON.parse("[1,2]")[1]);
const big = [5, 1, 4].map(String).sort(); console.log(big, [10, 9, 1].sort());
let x9 = (1, 2, 3); console.log(x9);
