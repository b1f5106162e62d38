// Class instances stringify as plain objects of their own enumerable fields.
class Point { constructor(public x: number, public y: number) {} get len() { return Math.hypot(this.x, this.y); } }
class Shape { name = "tri"; points = [new Point(0, 0), new Point(3, 4)]; }
console.log(JSON.stringify(new Shape()));
console.log(JSON.stringify(new Map([["a", 1]])), JSON.stringify(new Set([1])));
console.log(JSON.stringify(new Error("e")), JSON.stringify([new Point(1, 1)]), JSON.stringify({ p: new Point(0, 1) }, null, 1));
