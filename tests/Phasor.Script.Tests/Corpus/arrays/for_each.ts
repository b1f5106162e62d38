// forEach calls back with value, index and array, and returns undefined.
const out: string[] = [];
const r = ["x", "y", "z"].forEach((v, i, arr) => out.push(v + i + arr.length));
console.log(out.join(" "), r);
let sum = 0;
[1, , 3].forEach(v => { sum += v as number; });
console.log(sum);
