// Computed keys are evaluated in order and converted to strings.
let i = 0;
const prefix = "key";
const o = {
  [prefix + ++i]: i,
  [prefix + ++i]: i,
  [1 + 1]: "two",
  [`t${"emplate"}`]: true,
  [String(null)]: "null key",
};
console.log(o);
console.log(Object.keys(o).join(","));
const dyn = "m";
const withMethod = { [dyn + "ethod"]() { return "computed method"; } };
console.log(withMethod.method());
