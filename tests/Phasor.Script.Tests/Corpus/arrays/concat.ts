// concat flattens array arguments one level and copies.
const a = [1, 2];
console.log(a.concat(3, [4, 5], [[6]]).length, a.concat().join(), a.length);
console.log([].concat([1] as any, 2 as any, [3, [4]] as any));
const b = a.concat(a, a);
console.log(b.join(""), b === a);
