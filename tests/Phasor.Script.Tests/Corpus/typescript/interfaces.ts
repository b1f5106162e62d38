// Interfaces describe shapes and vanish at run time.
interface Point { x: number; y: number; label?: string }
interface Point3 extends Point { z: number }
interface Shape { area(): number; readonly name: string }
const p: Point = { x: 1, y: 2 };
const p3: Point3 = { x: 1, y: 2, z: 3, label: "3d" };
function describe(pt: Point): string { return `${pt.label ?? "pt"}(${pt.x},${pt.y})`; }
console.log(describe(p), describe(p3), p3.z);
const sq: Shape = { name: "square", area() { return 4; } };
console.log(sq.name, sq.area());
interface Callable { (x: number): number; description: string }
const c = ((x: number) => x * 2) as Callable;
c.description = "doubler";
console.log(c(21), c.description);
