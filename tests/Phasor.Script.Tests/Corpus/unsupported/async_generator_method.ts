// Out of scope: async and generator methods in classes and object literals. Expected: "not supported" at "async" and at each "*".
class Source {
  async load() { return 1; }
  *items() { yield 1; }
}
const o = { *gen() { yield 2; } };
console.log(new Source(), o);
