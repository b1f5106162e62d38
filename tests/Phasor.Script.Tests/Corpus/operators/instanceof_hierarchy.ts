// instanceof walks the prototype chain of the left side looking for the right side's prototype property.
class Node0 {}
class Osc extends Node0 {}
class Saw extends Osc {}
class Filter extends Node0 {}
const saw = new Saw();
console.log(saw instanceof Saw, saw instanceof Osc, saw instanceof Node0, saw instanceof Object, saw instanceof Filter);
function Legacy(this: any) { this.v = 1; }
Legacy.prototype.hello = function () { return "hi"; };
const legacy = new (Legacy as any)();
console.log(legacy instanceof (Legacy as any), legacy.hello(), Object.getPrototypeOf(legacy) === Legacy.prototype);
const proto = { kind: "proto" };
const made = Object.create(proto);
function Fake() {}
Fake.prototype = proto;
console.log(made instanceof (Fake as any), Object.create(null) instanceof Object, proto.isPrototypeOf(made));
Object.setPrototypeOf(saw, Filter.prototype);
console.log(saw instanceof Saw, saw instanceof Filter, saw.constructor.name);
console.log((5 as any) instanceof Number, ("s" as any) instanceof String, (null as any) instanceof Object, [] instanceof Array, [] instanceof Object);
console.log((() => {}) instanceof Function, Osc instanceof Function, Object instanceof Function, Function instanceof Object);
class MyError extends RangeError {}
const err = new MyError("x");
console.log(err instanceof MyError, err instanceof RangeError, err instanceof Error, err instanceof TypeError, err.name, String(err));
for (const right of [{}, 5, "x", null]) {
  try { console.log({} instanceof (right as any)); } catch (e) { console.log((e as Error).name); }
}
const arrow = () => 1;
try { console.log({} instanceof (arrow as any)); } catch (e) { console.log((e as Error).name); }
const bound = Osc.bind(null);
console.log(new Saw() instanceof bound);
