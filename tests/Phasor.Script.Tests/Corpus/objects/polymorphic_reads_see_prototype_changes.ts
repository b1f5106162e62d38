// A property read that has seen several shapes must still notice when a prototype changes: a method shadowed on a
// prototype between the receiver and the one it was found on, deleted, or a prototype replaced. Each read site below
// sees three shapes in turn, so every entry of its cache, not only the first, is exercised.
class Base {
  kind(): string {
    return "base";
  }
}
class A extends Base { a = 1; }
class B extends Base { b = 2; }
class C extends Base { c = 3; }

function kinds(list: Base[]): string {
  let out = "";
  for (const item of list) {
    out += item.kind() + " ";
  }
  return out.trim();
}

function tags(list: any[]): string {
  let out = "";
  for (const item of list) {
    out += item.tag + " ";
  }
  return out.trim();
}

const list = [new A(), new B(), new C(), new A(), new B(), new C()];
for (let round = 0; round < 3; round++) {
  console.log(kinds(list));
}

// Shadow the inherited method on the prototype of the second and third shapes only.
(B.prototype as any).kind = function () { return "b"; };
console.log(kinds(list));
(C.prototype as any).kind = function () { return "c"; };
console.log(kinds(list));

// Delete the shadowing methods again: the reads fall back to Base's.
delete (B.prototype as any).kind;
console.log(kinds(list));
delete (C.prototype as any).kind;
console.log(kinds(list));

// A data property found on a prototype, then replaced on that prototype and shadowed on an own object.
(Base.prototype as any).tag = "t0";
console.log(tags(list));
(Base.prototype as any).tag = "t1";
console.log(tags(list));
(list[2] as any).tag = "own";
console.log(tags(list));

// Swap the prototype of one shape's prototype for another chain.
const other = { kind(): string { return "other"; }, tag: "other-tag" };
Object.setPrototypeOf(C.prototype, other);
console.log(kinds(list));
console.log(tags(list));
