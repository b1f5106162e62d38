// Static members are inherited by subclasses, and this in a static method is the class.
class Base {
  static kind = "base";
  static create() { return new this(); }
  static describe() { return "I am " + this.kind; }
  name() { return "Base"; }
}
class Derived extends Base {
  static kind = "derived";
  name() { return "Derived"; }
}
console.log(Base.describe(), Derived.describe());
console.log(Derived.create().name(), Base.create().name());
console.log(Derived.create() instanceof Derived);
