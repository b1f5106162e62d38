// instanceof follows the prototype chain.
class Animal {}
class Dog extends Animal {}
class Cat extends Animal {}
const d = new Dog();
console.log(d instanceof Dog, d instanceof Animal, d instanceof Object, d instanceof Cat);
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array);
console.log(new Map() instanceof Map, new Error("x") instanceof Error);
console.log(new RangeError("r") instanceof Error, new TypeError("t") instanceof RangeError);
function Legacy(this: any) { this.x = 1; }
const l = new (Legacy as any)();
console.log(l instanceof Legacy, (() => 0) instanceof Function);
console.log(null instanceof Object, (1 as any) instanceof Number, ("s" as any) instanceof String);
