// Accessors run code on property reads and writes.
class Temperature {
  private _c = 0;
  get celsius() { return this._c; }
  set celsius(v: number) { this._c = v; }
  get fahrenheit() { return this._c * 9 / 5 + 32; }
  set fahrenheit(f: number) { this._c = (f - 32) * 5 / 9; }
}
const t = new Temperature();
t.celsius = 100;
console.log(t.celsius, t.fahrenheit);
t.fahrenheit = 32;
console.log(t.celsius, t.fahrenheit);
t.fahrenheit += 18;
console.log(t.celsius);
console.log(Object.keys(t).join(","));
