// Touching this before super() in a derived constructor throws a ReferenceError.
class Base { constructor() {} }
class Bad extends Base {
  constructor() {
    try { (this as any).x = 1; } catch (e) { console.log(e instanceof ReferenceError, (e as Error).name); }
    super();
  }
}
new Bad();
console.log("done");
