// Classic constructor functions used with new.
function Point(this: any, x: number, y: number) { this.x = x; this.y = y; }
Point.prototype.len = function () { return Math.hypot(this.x, this.y); };
const p = new (Point as any)(3, 4);
console.log(p.x, p.y, p.len(), p instanceof Point);
function Returns(this: any) { this.a = 1; return { b: 2 }; }
const r = new (Returns as any)();
console.log(r.a, r.b);
