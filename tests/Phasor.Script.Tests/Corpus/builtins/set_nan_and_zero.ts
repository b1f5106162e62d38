// Sets treat NaN as one value and -0 as 0.
const s = new Set([NaN, NaN, 0, -0, "NaN"]);
console.log(s.size, s.has(NaN), s.has(-0), s.has(0));
const objs = new Set([{}, {}]);
console.log(objs.size);
const shared = [1];
console.log(new Set([shared, shared]).size);
console.log(new Set([-0]));
