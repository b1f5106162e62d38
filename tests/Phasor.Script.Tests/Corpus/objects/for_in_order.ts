// for...in visits own keys first in property order, then inherited enumerable keys.
class Base { baseField = 1; }
const proto: any = { inherited: 1, 5: "five" };
const o = Object.assign(Object.create(proto), { own: 1, 2: "two", another: 2 });
for (const k in o) console.log(k);
console.log("--");
const b: any = new Base();
b.extra = 2;
b[0] = 0;
for (const k in b) console.log(k);
