// super in static methods refers to the parent class.
class Parent { static make() { return "parent make"; } static id = 1; }
class Child extends Parent {
  static make() { return "child(" + super.make() + ")"; }
  static parentId() { return super.id; }
}
console.log(Child.make(), Child.parentId(), Child.id);
