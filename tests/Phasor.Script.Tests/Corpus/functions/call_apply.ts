// call and apply set this and pass arguments.
function describe(this: any, greeting: string, punct: string) {
  return greeting + ", " + this.name + punct;
}
const ann = { name: "Ann" }, bob = { name: "Bob" };
console.log(describe.call(ann, "Hi", "!"), describe.apply(bob, ["Hey", "?"]));
console.log(Math.max.apply(null, [3, 9, 4]), Array.prototype.join.call([1, 2], "+"));
function first(this: number[]) { return this[0]; }
console.log(first.call([7, 8]), first.apply([9], []));
