// A class with a constructor, fields and methods.
class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) { this.x = x; this.y = y; }
  add(o: Point) { return new Point(this.x + o.x, this.y + o.y); }
  toString() { return `(${this.x}, ${this.y})`; }
}
const p = new Point(1, 2).add(new Point(10, 20));
console.log(p.x, p.y, String(p), `${p}`, p + "");
console.log(p);
console.log(typeof Point, p instanceof Point, p.constructor === Point);
