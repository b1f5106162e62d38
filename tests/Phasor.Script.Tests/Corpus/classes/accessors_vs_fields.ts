// Accessors live on the prototype; fields are own properties defined on each instance, so a field shadows an inherited accessor.
class Base {
  protected store: Record<string, number> = {};
  get volume() { return this.store.volume ?? 0; }
  set volume(v: number) { this.store.volume = Math.max(0, Math.min(1, v)); }
  get readOnly() { return "fixed"; }
}
class Shadowing extends Base {
  volume = 0.5;
}
const b = new Base();
b.volume = 2;
const s = new Shadowing();
s.volume = 2;
console.log(b.volume, s.volume, Object.keys(b).join(), Object.keys(s).join(), "volume" in Base.prototype);
class Strict {
  static tryWrite(target: any) { try { target.readOnly = "changed"; return "wrote"; } catch (e) { return (e as Error).name; } }
}
console.log(Strict.tryWrite(b), b.readOnly, Strict.tryWrite({ get readOnly() { return 1; } }));
const setterOnly = { set only(v: number) { this.seen = v; }, seen: 0 } as any;
setterOnly.only = 7;
console.log(setterOnly.only, setterOnly.seen);
class Temperature {
  static instances = 0;
  private celsius = 0;
  constructor() { Temperature.instances++; }
  get fahrenheit() { return this.celsius * 9 / 5 + 32; }
  set fahrenheit(f: number) { this.celsius = (f - 32) * 5 / 9; }
  static get count() { return Temperature.instances; }
}
const t = new Temperature();
t.fahrenheit = 212;
console.log(t.fahrenheit, (t as any).celsius, Temperature.count, Object.getOwnPropertyNames(Temperature.prototype).join());
const descriptor = Object.getOwnPropertyDescriptor(Temperature.prototype, "fahrenheit")!;
console.log(typeof descriptor.get, typeof descriptor.set, descriptor.enumerable, descriptor.configurable, "value" in descriptor);
const o = { _n: 1, get n() { return this._n; } };
const derived = Object.create(o);
derived._n = 42;
console.log(derived.n, o.n, Object.keys(derived).join());
Object.defineProperty(derived, "n", { value: "own data", writable: true, enumerable: true, configurable: true });
console.log(derived.n, o.n);
