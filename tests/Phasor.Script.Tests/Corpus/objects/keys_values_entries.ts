// Object.keys, Object.values and Object.entries return own enumerable properties.
const o = { one: 1, two: 2, three: 3 };
console.log(Object.keys(o), Object.values(o));
console.log(Object.entries(o));
for (const [k, v] of Object.entries(o)) console.log(k, v * 10);
console.log(Object.keys([7, 8, 9]), Object.values("hi"), Object.keys("ab"));
class P { x = 1; m() {} }
console.log(Object.keys(new P()), Object.entries({}));
