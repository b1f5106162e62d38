// Out of scope: #private names (TypeScript's private modifier works). Expected: "not supported" at each #name.
class Counter {
  #count = 0;
  increment() { return ++this.#count; }
}
console.log(new Counter().increment());
