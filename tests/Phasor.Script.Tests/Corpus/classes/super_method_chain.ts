// super.method() walks up several levels and keeps this.
class A { who() { return "A(" + this.tag() + ")"; } tag() { return "a"; } }
class B extends A { who() { return "B>" + super.who(); } }
class C extends B { who() { return "C>" + super.who(); } tag() { return "c"; } }
console.log(new A().who(), new B().who(), new C().who());
class D extends C {
  static hello() { return "static D"; }
  who() { const f = () => super.who(); return "D>" + f(); }
}
console.log(new D().who(), D.hello());
