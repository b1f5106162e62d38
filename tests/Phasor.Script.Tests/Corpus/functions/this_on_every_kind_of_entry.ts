// `this` reaches a function however it is entered: a method call, a getter or setter, a callback a built-in calls
// with a thisArg, call/apply/bind, new (fields first), a static method, an arrow inside a method, a detached method.
class Box {
  label = "box";
  items: number[] = [];
  static made = 0;

  constructor(label?: string) {
    if (label !== undefined) { this.label = label; }
    Box.made++;
  }

  get size(): number { return this.items.length; }
  set first(value: number) { this.items.unshift(value); }

  add(n: number): this { this.items.push(n); return this; }

  describe(): string {
    const parts = this.items.map(n => this.label + ":" + n);
    return parts.join(",");
  }

  static create(label: string): Box { return new this(label); }
}

const b = new Box("b").add(1).add(2);
b.first = 0;
console.log(b.size, b.describe(), Box.made);

const c = Box.create("c");
console.log(c.label, c.add(5).describe(), Box.made);

function tag(this: any, suffix: string): string { return this.label + suffix; }
console.log(tag.call(b, "!"), tag.apply(c, ["?"]), tag.bind(b)("."));

const seen: string[] = [];
[1, 2].forEach(function (this: any, n: number) { seen.push(this.label + n); }, c);
console.log(seen.join(" "));
console.log([3, 4].map(function (this: any, n: number) { return this.label + n; }, b).join(" "));

const detached = b.describe;
try {
  detached();
} catch (e) {
  console.log(e instanceof TypeError);
}

function Legacy(this: any, v: number) { this.v = v; }
Legacy.prototype.twice = function () { return this.v * 2; };
const legacy = new (Legacy as any)(21);
console.log(legacy.twice());

const counter = {
  n: 0,
  bump() { this.n++; return this; },
  later() { return [1, 2, 3].reduce((acc) => acc + this.n, 0); },
};
console.log(counter.bump().bump().n, counter.later());
