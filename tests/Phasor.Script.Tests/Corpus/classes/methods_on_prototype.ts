// Methods are shared on the prototype; fields are per instance.
class Thing {
  field = () => "field";
  method() { return "method"; }
}
const a = new Thing(), b = new Thing();
console.log(a.method === b.method, a.field === b.field);
console.log(Object.keys(a).join(","), "method" in a, Object.keys(a).includes("method"), Object.keys(a).includes("field"));
