// Static fields, static methods with this, inheritance of statics, and computed field keys evaluated once.
let keyCalls = 0;
function key(name: string) { keyCalls++; return name; }
class Base {
  static count = 0;
  static readonly label = "base:" + Base.name;
  static registry: string[] = [];
  [key("dyn")] = "dynamic field";
  static [key("staticDyn")] = "static dynamic";
  id: number;
  constructor() { this.id = ++Base.count; Base.registry.push(this.constructor.name + "#" + this.id); }
  static create(this: any) { return new this(); }
  static describe() { return `${this.name} has ${this.count}`; }
}
class Derived extends Base {
  static extra = Derived.label + "+derived";
  static describe() { return super.describe() + " (derived)"; }
}
console.log(keyCalls);
const a = new Base(), b = new Derived(), c = Derived.create();
console.log(keyCalls, (a as any).dyn, (Base as any).staticDyn, (Derived as any).staticDyn);
console.log(a.id, b.id, c.id, c instanceof Derived, Base.count, Derived.count);
console.log(Base.registry.join(), Base.label, Derived.extra);
console.log(Base.describe(), "|", Derived.describe());
Derived.count = 100;
console.log(Base.count, Derived.count, Object.prototype.hasOwnProperty.call(Derived, "count"));
function make(prefix: string) {
  let n = 0;
  const k = prefix + "Key";
  class Local { [k] = ++n; [prefix + "2"]: number; static [k + "S"] = n; m() { return n; } }
  return Local;
}
const L = make("p");
const x: any = new L(), y: any = new L();
console.log(JSON.stringify(x), JSON.stringify(y), (L as any).pKeyS, Object.keys(x).join());
const Anon = class { ["a" + 1] = 1 };
console.log(JSON.stringify(new Anon()));
