// Generic functions, classes and constraints.
function identity<T>(x: T): T { return x; }
function first<T>(xs: T[]): T | undefined { return xs[0]; }
function longest<T extends { length: number }>(a: T, b: T): T { return a.length >= b.length ? a : b; }
class Box<T> {
  constructor(private value: T) {}
  map<U>(f: (v: T) => U): Box<U> { return new Box(f(this.value)); }
  get(): T { return this.value; }
}
console.log(identity<number>(5), identity("s"), first([3, 4]), first<string>([]));
console.log(longest("abc", "de"), longest([1, 2], [1, 2, 3]).length);
console.log(new Box(2).map(x => x * 10).map(x => "v" + x).get());
const pairs = new Map<string, Array<number>>();
pairs.set("a", [1]);
console.log(pairs.get("a")!.length);
