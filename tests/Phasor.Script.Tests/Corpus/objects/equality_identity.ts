// Objects compare by identity; copies are different objects.
const a = { v: 1 };
const b = a;
const c = { v: 1 };
console.log(a === b, a === c, a == c as any);
b.v = 2;
console.log(a.v);
const list = [a, c];
console.log(list.indexOf(c), list.indexOf({ v: 1 }), list.includes(b));
