// A class's `prototype` is neither writable nor configurable, so `new` and `instanceof` may rely on it never
// changing; a plain function's `prototype` is writable, and both must follow a new one.
class Animal {
  speak(): string {
    return "...";
  }
}
class Dog extends Animal {
  speak(): string {
    return "woof";
  }
}

const original = Animal.prototype;
for (const descriptor of [{ value: {} }, { writable: true }, { configurable: true }, { enumerable: true }, { get: () => ({}) }]) {
  try {
    Object.defineProperty(Animal, "prototype", descriptor);
    console.log("accepted", Object.keys(descriptor));
  } catch (e) {
    console.log("refused", Object.keys(descriptor), (e as Error).name, (e as Error).message);
  }
}
Object.defineProperty(Animal, "prototype", { value: original, writable: false, enumerable: false, configurable: false });
console.log(Animal.prototype === original, JSON.stringify(Object.getOwnPropertyDescriptor(Animal, "prototype")));

const rex = new Dog();
console.log(rex instanceof Dog, rex instanceof Animal, rex instanceof Object, rex.speak());
console.log(Object.getPrototypeOf(rex) === Dog.prototype);

function Point(this: any, x: number) {
  this.x = x;
}
const before = new (Point as any)(1);
(Point as any).prototype = { describe(): string { return "moved"; } };
const after = new (Point as any)(2);
console.log(before instanceof (Point as any), after instanceof (Point as any), after.describe(), after.x);
(Point as any).prototype = 42;
const primitive = new (Point as any)(3);
console.log(Object.getPrototypeOf(primitive) === Object.prototype);
try {
  console.log(primitive instanceof (Point as any));
} catch (e) {
  console.log("instanceof:", (e as Error).name);
}

const frozen = Object.freeze({ a: 1 });
try {
  Object.defineProperty(frozen, "a", { value: 2 });
} catch (e) {
  console.log("frozen:", (e as Error).message);
}
Object.defineProperty(frozen, "a", { value: 1 });
console.log(frozen.a);

const Bound = Dog.bind(null);
console.log(rex instanceof Bound, new Bound() instanceof Dog);
console.log([] instanceof Array, new Map() instanceof Map, new Error("x") instanceof Error, new RangeError("y") instanceof Error);
