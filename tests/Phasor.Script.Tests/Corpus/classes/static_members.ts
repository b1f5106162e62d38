// Static fields and methods live on the class, not the instances.
class Registry {
  static count = 0;
  static readonly prefix = "id-";
  static next() { return Registry.prefix + ++Registry.count; }
  static reset() { this.count = 0; }
  id = Registry.next();
}
const a = new Registry(), b = new Registry();
console.log(a.id, b.id, Registry.count);
Registry.reset();
console.log(Registry.count, Registry.next(), (a as any).count);
