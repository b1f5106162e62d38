// A large array built with push and iterated quickly.
const a: number[] = [];
for (let i = 0; i < 100000; i++) a.push(i * 2);
let sum = 0;
for (const x of a) sum += x;
console.log(a.length, sum, a[99999], a.indexOf(199998));
const evens = a.filter(x => x % 4 === 0).length;
console.log(evens);
