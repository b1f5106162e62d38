// find, findIndex, some and every stop early.
const a = [5, 12, 8, 130, 44];
console.log(a.find(x => x > 10), a.findIndex(x => x > 10), a.find(x => x > 1000), a.findIndex(x => x < 0));
console.log(a.some(x => x > 100), a.some(x => x < 0), a.every(x => x > 1), a.every(x => x > 5));
let calls = 0;
a.some(x => { calls++; return x === 12; });
console.log(calls, [].some(() => true), [].every(() => false));
