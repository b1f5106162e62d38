// Abstract classes and members are erased; concrete subclasses work normally.
abstract class Shape {
  abstract area(): number;
  abstract readonly name: string;
  describe() { return `${this.name}: ${this.area().toFixed(2)}`; }
}
class Circle extends Shape {
  readonly name = "circle";
  constructor(private r: number) { super(); }
  area() { return Math.PI * this.r * this.r; }
}
class Rect extends Shape {
  name = "rect";
  constructor(private w: number, private h: number) { super(); }
  area() { return this.w * this.h; }
}
const shapes: Shape[] = [new Circle(1), new Rect(2, 3)];
for (const s of shapes) console.log(s.describe(), s instanceof Shape);
