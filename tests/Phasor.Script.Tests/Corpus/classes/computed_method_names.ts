// Methods and accessors can have computed and string names.
const m = "dyn";
class X {
  [m + "amic"]() { return "computed"; }
  "quoted name"() { return "quoted"; }
  42() { return "numeric"; }
}
const x: any = new X();
console.log(x.dynamic(), x["quoted name"](), x[42]());
