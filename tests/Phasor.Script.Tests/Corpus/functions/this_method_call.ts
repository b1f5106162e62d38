// this is the object before the dot in a method call.
const obj = {
  name: "obj",
  hello() { return "hello from " + this.name; },
  nested: { name: "nested", hello() { return "hi " + this.name; } },
};
console.log(obj.hello(), obj.nested.hello(), obj["hello"]());
const other = { name: "other", hello: obj.hello };
console.log(other.hello());
