// Object.freeze, seal and preventExtensions. Refused writes throw in strict code, so they are tried in class methods
// (class bodies are strict in JavaScript too); sloppy code would ignore them silently.
class Probe {
  static attempt(label: string, target: any, action: string) {
    try {
      switch (action) {
        case "write": target.a = 99; break;
        case "add": target.added = 1; break;
        case "delete": delete target.a; break;
        case "push": target.push(4); break;
        case "index": target[0] = 9; break;
        case "delete index": delete target[0]; break;
      }
      console.log(label, action, "ok");
    } catch (e) {
      console.log(label, action, (e as Error).name);
    }
  }
}
const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
console.log(Object.isFrozen(frozen), Object.isSealed(frozen), Object.isExtensible(frozen));
for (const action of ["write", "add", "delete"]) Probe.attempt("frozen", frozen, action);
frozen.nested.b = 5;
console.log(frozen.a, frozen.nested.b, "added" in frozen, Object.isFrozen(frozen.nested));
const sealed: any = Object.seal({ a: 1, 0: "zero" });
for (const action of ["write", "add", "delete", "index", "delete index"]) Probe.attempt("sealed", sealed, action);
console.log(JSON.stringify(sealed), Object.isSealed(sealed), Object.isFrozen(sealed));
const closed: any = Object.preventExtensions({ a: 1 });
for (const action of ["write", "add", "delete"]) Probe.attempt("closed", closed, action);
console.log(JSON.stringify(closed), Object.isExtensible(closed), Object.isSealed(closed), Object.isFrozen(Object.preventExtensions({})));
const arr = Object.freeze([1, 2, 3]);
for (const action of ["push", "index", "delete index"]) Probe.attempt("frozen array", arr, action);
console.log(arr.join(), arr.length, Object.isFrozen("a string"), Object.isFrozen({}), Object.isSealed(1));
console.log(Object.freeze(5), Object.freeze("text"), Object.isFrozen(Object.freeze([])));
