// Inline-cache and call-path corner cases the fast paths must keep right: getters reached through a cache
// (class, prototype chain, own, redefined, throwing), calls with fewer and more arguments than parameters,
// arrows called in place, rest parameters, and remainders on the integer fast path and off it.
class Box {
  value: number;
  reads = 0;

  constructor(value: number) {
    this.value = value;
  }

  get doubled(): number {
    this.reads++;
    return this.value * 2;
  }
}

const boxes = [new Box(1), new Box(2), new Box(3)];
let total = 0;
for (let round = 0; round < 3; round++) {
  for (const box of boxes) {
    total += box.doubled;
  }
}
console.log("getter total", total, boxes.map((b) => b.reads).join(","));

// Redefining the getter on the prototype must reach readers that cached the old one.
function readAll(list: Box[]): number[] {
  return list.map((b) => b.doubled);
}
console.log(readAll(boxes).join(","));
Object.defineProperty(Box.prototype, "doubled", { get() { return -this.value; }, configurable: true });
console.log(readAll(boxes).join(","));

// A getter on a grandparent prototype, and an own getter on an object literal.
class Base {
  get kind(): string {
    return "base:" + this.constructor.name;
  }
}
class Middle extends Base {}
class Leaf extends Middle {}
const kinds: string[] = [];
for (const item of [new Leaf(), new Middle(), new Leaf()]) {
  kinds.push(item.kind);
}
console.log(kinds.join(" "));
let counter = 0;
const literal = {
  get next() {
    return ++counter;
  },
};
console.log(literal.next + literal.next + literal.next, counter);

// A getter that throws: the error passes through the read, and the stack is unwound to the catch.
class Fragile {
  get broken(): number {
    throw new RangeError("broken getter");
  }
}
for (let i = 0; i < 2; i++) {
  try {
    console.log(new Fragile().broken);
  } catch (e) {
    console.log("caught", (e as Error).name, (e as Error).message);
  }
}

// Calls with missing and extra arguments: missing parameters read undefined, extra ones are ignored,
// and a callee's locals start undefined even though its frame reuses the caller's argument registers.
function three(a?: number, b?: number, c?: number): string {
  let local;
  const seen = [a, b, c, local].map((x) => String(x)).join("/");
  local = 1;
  return seen;
}
for (let i = 0; i < 2; i++) {
  console.log(three(), three(1), three(1, 2, 3), (three as (...args: number[]) => string)(1, 2, 3, 4, 5));
}
function outer(x: number): number {
  const keep = x * 10;
  const inner = (y: number) => keep + y;
  return inner(x + 1) + inner(x + 2) + keep;
}
console.log(outer(1), outer(2));
function rest(first: number, ...others: number[]): string {
  return first + ":" + others.length + ":" + others.join("+");
}
console.log(rest(1), rest(1, 2), rest(1, 2, 3, 4));
function depth(n: number): number {
  return n === 0 ? 0 : 1 + depth(n - 1);
}
console.log(depth(5000));

// Remainders: positive integers take a fast path; negatives, zeros, fractions and huge values must not.
const pairs = [[7, 3], [-7, 3], [7, -3], [0, 5], [-0, 5], [5.5, 2], [2 ** 60, 7], [1e300, 7], [7, 0], [4, 2], [-4, 2]];
console.log(pairs.map(([a, b]) => Object.is(a % b, -0) ? "-0" : String(a % b)).join(" "));
let h = 0;
for (let i = 0; i < 1000; i++) {
  h = (h * 31 + i) % 1000000007;
}
console.log(h);

// Built-in globals read through the global object's inline cache: a changed value, a new global, a deleted one.
declare var later: number;
function readGlobals(): string {
  return [typeof Math.PI, Math.PI, NaN, undefined, typeof later === "undefined" ? "none" : later].join(",");
}
console.log(readGlobals(), readGlobals());
(globalThis as unknown as { Math: { PI: number } }).Math = { PI: 3 };
console.log(readGlobals());
(globalThis as unknown as { later: number }).later = 42;
console.log(readGlobals(), readGlobals());
delete (globalThis as unknown as { later?: number }).later;
console.log(readGlobals());
