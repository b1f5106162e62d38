// extends inherits methods; overriding methods replaces them.
class Animal {
  constructor(public name: string) {}
  speak() { return this.name + " makes a sound"; }
  describe() { return "Animal " + this.name + ": " + this.speak(); }
}
class Dog extends Animal {
  speak() { return this.name + " barks"; }
}
class Puppy extends Dog {
  speak() { return this.name + " yips"; }
}
const list = [new Animal("generic"), new Dog("rex"), new Puppy("bit")];
for (const a of list) console.log(a.describe());
console.log(list[2] instanceof Animal, list[1] instanceof Puppy);
