// Holes are missing elements: length counts them, in does not, methods skip them.
const a = [1, , 3];
console.log(a.length, 1 in a, a[1], a.indexOf(undefined), a.includes(undefined));
console.log(a.map(x => x! * 2));
console.log(a.filter(() => true).length, Object.keys(a).join());
let visits = 0;
a.forEach(() => visits++);
console.log(visits, a.join("-"));
const b: number[] = [];
b[3] = 1;
console.log(b.length, b);
