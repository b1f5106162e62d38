// Getters and setters are inherited and can be overridden.
class Base {
  protected _v = 1;
  get v() { return this._v; }
  set v(x: number) { this._v = x; }
}
class Doubled extends Base {
  get v() { return super.v * 2; }
  set v(x: number) { super.v = x + 1; }
}
const d = new Doubled();
console.log(d.v);
d.v = 10;
console.log(d.v, (d as any)._v);
