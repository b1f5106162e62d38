// User-defined type guards and typeof/instanceof narrowing run as ordinary checks.
class Cat { meow() { return "meow"; } }
class Dog { bark() { return "woof"; } }
function isCat(a: Cat | Dog): a is Cat { return a instanceof Cat; }
function speak(a: Cat | Dog) { return isCat(a) ? a.meow() : a.bark(); }
console.log(speak(new Cat()), speak(new Dog()));
function fmt(v: string | number | boolean) {
  if (typeof v === "string") return "s:" + v.toUpperCase();
  if (typeof v === "number") return "n:" + v.toFixed(1);
  return "b:" + v;
}
console.log(fmt("x"), fmt(2), fmt(false));
