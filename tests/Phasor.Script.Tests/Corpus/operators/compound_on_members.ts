// Compound assignment on properties and elements evaluates the target once.
const o = { n: 1, s: "x" };
o.n += 2; o.s += "y";
const arr = [1, 2, 3];
let i = 0;
arr[i++] += 10;
console.log(o.n, o.s, arr.join(","), i);
let reads = 0;
class Holder { get obj() { reads++; return o; } }
const holder = new Holder();
holder.obj.n *= 5;
console.log(o.n, reads);
const key = "n";
o[key] -= 1;
console.log(o[key]);
