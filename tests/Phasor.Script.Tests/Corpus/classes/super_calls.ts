// super(...) runs the parent constructor; super.method() calls the parent method.
class Shape {
  constructor(public name: string) { console.log("Shape ctor", name); }
  area() { return 0; }
  describe() { return `${this.name} with area ${this.area()}`; }
}
class Rect extends Shape {
  constructor(public w: number, public h: number) {
    super("rect");
    console.log("Rect ctor", w, h);
  }
  area() { return this.w * this.h; }
}
class Square extends Rect {
  constructor(s: number) { super(s, s); this.name = "square"; }
  describe() { return "[" + super.describe() + "]"; }
}
console.log(new Rect(2, 3).describe());
console.log(new Square(4).describe());
