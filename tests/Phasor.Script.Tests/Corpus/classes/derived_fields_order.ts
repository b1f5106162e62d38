// Derived class fields are initialised after super() returns.
const log: string[] = [];
class Base {
  baseField = (log.push("base field"), 1);
  constructor() { log.push("base ctor"); this.init(); }
  init() { log.push("base init"); }
}
class Derived extends Base {
  derivedField = (log.push("derived field"), 2);
  constructor() { log.push("derived before super"); super(); log.push("derived after super"); }
  init() { log.push("derived init sees field " + this.derivedField); }
}
new Derived();
console.log(log.join("\n"));
