// What a constructor returns: objects replace the instance; undefined yields this, which a derived class must have bound.
class Base { id = "base instance"; }
class ReturnsObject extends Base { constructor() { super(); return { id: "replacement" } as any; } }
class ReturnsUndefined extends Base { constructor() { super(); return undefined; } }
class SkipsSuper extends Base { constructor() { return { id: "no super needed" } as any; } }
class Forgets extends Base { constructor() { if (Math.PI > 4) { super(); } } }
class EarlyReturn extends Base { constructor(flag: boolean) { if (flag) { return; } super(); } }
console.log(new ReturnsObject().id, new ReturnsObject() instanceof ReturnsObject);
console.log(new ReturnsUndefined().id, new ReturnsUndefined() instanceof ReturnsUndefined);
console.log(new SkipsSuper().id);
for (const make of [() => new Forgets(), () => new EarlyReturn(true), () => new EarlyReturn(false)]) {
  try { console.log("made", make().id); } catch (e) { console.log((e as Error).name + ": " + (e as Error).message); }
}
// A base constructor's primitive return value is ignored.
class Primitive { constructor() { return 42 as any; } }
console.log(typeof new Primitive(), new Primitive() instanceof Primitive);
// Constructor functions behave the same way.
function Maker(this: any, replace: boolean) { this.mine = true; if (replace) { return { mine: false }; } }
console.log(new (Maker as any)(false).mine, new (Maker as any)(true).mine);
// A derived constructor with a try/finally still returns this.
class WithFinally extends Base { log: string[] = []; constructor() { try { super(); return; } finally { console.log("finally in constructor"); } } }
console.log(new WithFinally().id);
// A derived constructor may return only an object or undefined.
class ReturnsNumber extends Base { constructor() { super(); return 42 as any; } }
class ReturnsNull extends Base { constructor() { super(); return null as any; } }
for (const make of [() => new ReturnsNumber(), () => new ReturnsNull()]) {
  try { console.log("made", make()); } catch (e) { console.log((e as Error).name + ": " + (e as Error).message); }
}
