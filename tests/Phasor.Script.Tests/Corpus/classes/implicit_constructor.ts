// A derived class without a constructor forwards its arguments to the parent.
class Vec {
  constructor(public x = 0, public y = 0) {}
  len() { return Math.hypot(this.x, this.y); }
}
class Vec2 extends Vec {
  scaled(k: number) { return new Vec2(this.x * k, this.y * k); }
}
const v = new Vec2(3, 4);
console.log(v.len(), v.scaled(2).len(), new Vec2().len());
console.log(v);
