// Object spread copies own enumerable properties; later keys win.
const base = { a: 1, b: 2 };
const ext = { ...base, b: 3, c: 4 };
const over = { b: 0, ...base };
console.log(ext, over, base);
const withNull = { ...null, ...undefined, ...{ z: 1 } };
console.log(withNull);
const fromArr = { ...["x", "y"] };
console.log(fromArr);
const fromStr = { ..."hi" };
console.log(fromStr);
