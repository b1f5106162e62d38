// console.log shows class instances with their class name.
class Empty {}
class Point { constructor(public x: number, public y: number) {} }
class Line { constructor(public a: Point, public b: Point) {} }
class Tagged { name = "t"; items = [1, 2]; nested = { deep: { deeper: { deepest: 1 } } }; }
console.log(new Empty());
console.log(new Point(1, 2));
console.log(new Line(new Point(0, 0), new Point(3, 4)));
console.log(new Tagged());
console.log([new Point(1, 1)], { p: new Point(2, 2) });
