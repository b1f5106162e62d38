// Arrows inside constructors and methods see the enclosing super, this and new.target.
class Base {
  tag: string;
  label = "base field";
  constructor(tag: string) { this.tag = tag; }
  describe() { return "Base(" + this.tag + ")"; }
  get kind() { return "base kind of " + this.tag; }
  static create() { return "Base.create"; }
}
class Derived extends Base {
  extra = "derived field " + this.tag;
  constructor(tag: string, viaArrow: boolean) {
    const init = () => super(tag.toUpperCase());
    if (viaArrow) { init(); } else { super(tag); }
    console.log("after super:", this.tag, "|", this.label, "|", this.extra);
  }
  describe() {
    const parts = [1, 2].map(n => super.describe() + "#" + n);
    const nested = () => () => super.describe();
    return parts.join(" ") + " " + nested()();
  }
  get kind() { const k = () => super.kind; return "derived, " + k(); }
  static create() { const f = () => super.create() + " via Derived"; return f(); }
}
const a = new Derived("a", true);
const b = new Derived("b", false);
console.log(a.describe());
console.log(b.kind);
console.log(Derived.create());

// super(...) may run only once, and this is unavailable before it.
class Twice extends Base {
  constructor() {
    const again = () => super("x");
    again();
    try { again(); } catch (e) { console.log((e as Error).name + ": " + (e as Error).message); }
  }
}
console.log(new Twice().tag);
class Early extends Base {
  constructor() {
    const peek = () => this.tag;
    try { peek(); } catch (e) { console.log((e as Error).name + ": " + (e as Error).message); }
    super("early");
    console.log("now", peek());
  }
}
new Early();

// super.x = v and super[key] inside arrows.
class Store { value = 0; read() { return "Store.read " + this.value; } }
class Wrapped extends Store {
  set(v: number) {
    const write = () => { super.value = v; };
    write();
    const key = "read";
    const call = () => super[key]();
    return call();
  }
}
console.log(new Wrapped().set(42));

// new.target inside arrows, in base and derived constructors and in plain functions.
class Probe { constructor() { const t = () => new.target.name; console.log("probe target", t()); } }
class SubProbe extends Probe { constructor() { const s = () => super(); s(); const t = () => new.target === SubProbe; console.log("sub target", t()); } }
new Probe();
new SubProbe();
function Plain(this: any) { const t = () => new.target; return t() === undefined ? "called" : "constructed"; }
console.log(Plain.call({}));
