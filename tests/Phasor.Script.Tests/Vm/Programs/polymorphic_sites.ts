// One property instruction meeting many shapes: subclasses with different field layouts, more shapes than the
// cache keeps, a prototype changed under a cached read, deleted properties (dictionary mode), and stores and
// adds through one instruction.
class Shape2 {
  name: string;
  sides = 0;
  constructor(name: string) {
    this.name = name;
  }
  area(): number {
    return 0;
  }
}
class Square extends Shape2 {
  size: number;
  constructor(size: number) {
    super("square");
    this.size = size;
    this.sides = 4;
  }
  area(): number {
    return this.size * this.size;
  }
}
class Circle extends Shape2 {
  radius: number;
  label = "round";
  constructor(radius: number) {
    super("circle");
    this.radius = radius;
  }
  area(): number {
    return Math.round(3.14159 * this.radius * this.radius);
  }
}
class Triangle extends Shape2 {
  base: number;
  height: number;
  constructor(base: number, height: number) {
    super("triangle");
    this.base = base;
    this.height = height;
    this.sides = 3;
  }
  area(): number {
    return (this.base * this.height) / 2;
  }
}

function describe(list: { name: string; sides: number }[]): string {
  const parts: string[] = [];
  for (const item of list) {
    parts.push(item.name + ":" + item.sides);
  }
  return parts.join(" ");
}

const shapes: Shape2[] = [new Square(2), new Circle(1), new Triangle(3, 4), new Shape2("blob")];
for (let round = 0; round < 3; round++) {
  console.log(describe(shapes), shapes.map((s) => s.area()).join(","));
}

// Six unrelated layouts through the same reads: more shapes than entries.
const many: { name: string; sides: number }[] = [
  { name: "a", sides: 1 },
  { sides: 2, name: "b" },
  { extra: true, name: "c", sides: 3 } as { name: string; sides: number },
  { name: "d", other: 1, sides: 4 } as { name: string; sides: number },
  new Square(1),
  new Circle(2),
];
for (let round = 0; round < 3; round++) {
  console.log(describe(many));
}

// A method found on the prototype, then shadowed on the prototype chain, then deleted.
const sq = new Square(3);
function areas(): string {
  return [sq.area(), shapes[0].area()].join("/");
}
console.log(areas());
Square.prototype.area = function (): number {
  return -1;
};
console.log(areas());
(sq as { area?: () => number }).area = () => 99;
console.log(areas());
delete (sq as { area?: () => number }).area;
console.log(areas());

// Stores through one instruction to objects of several shapes, adding the property to some of them.
function tag(list: object[], value: number): void {
  for (const item of list) {
    (item as { mark?: number }).mark = value;
  }
}
const targets: object[] = [{}, { mark: 0 }, { a: 1 }, new Square(1), { b: 2, mark: 5 }];
for (let v = 1; v <= 3; v++) {
  try {
    tag(targets, v);
  } catch (e) {
    console.log("caught", (e as Error).name);
  }
  console.log(targets.map((t) => (t as { mark?: number }).mark).join(","));
}

// Dictionary mode after delete: reads through a cache that saw the object before.
const dict: { x?: number; y: number; z: number } = { x: 1, y: 2, z: 3 };
function sum(o: { y: number; z: number }): number {
  return o.y + o.z;
}
console.log(sum(dict), sum(dict));
delete dict.x;
dict.z = 30;
console.log(sum(dict), sum(dict));

// Reads on string primitives: length, String.prototype methods cached against that prototype, then changed.
function words(list: string[]): string {
  return list.map((s) => s.toUpperCase().slice(0, 2) + s.length + s.constructor.name).join(",");
}
console.log(words(["ab", "cde"]), words(["x", ""]));
const proto = String.prototype as unknown as Record<string, unknown>;
proto.slice = function (this: string): string {
  return "<" + this + ">";
};
console.log(words(["ab"]));
Object.defineProperty(String.prototype, "constructor", { value: { name: "own" } });
console.log(words(["ab"]));
const lists = [[1, 2, 3], "four", [5]];
console.log(lists.map((l) => l.length).join(","));
