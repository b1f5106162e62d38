// Field initialisers and parameter properties run in a defined order.
class Base { constructor(public base: string) {} }
class Derived extends Base {
  fromField = "field sees " + this.extra;
  constructor(public extra: string) {
    super("b");
    console.log("body sees", this.fromField);
  }
}
const d = new Derived("x");
console.log(Object.keys(d).join(","), d.fromField);
