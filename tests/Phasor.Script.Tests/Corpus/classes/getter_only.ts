// Assigning to a getter-only accessor throws in class code (strict mode).
class Circle {
  constructor(public r: number) {}
  get area() { return Math.PI * this.r ** 2; }
  tryWrite() {
    try { (this as any).area = 1; return "wrote"; }
    catch (e) { return (e as Error).name; }
  }
}
const c = new Circle(2);
console.log(c.area.toFixed(4), c.tryWrite(), c.area.toFixed(4));
