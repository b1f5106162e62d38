// let in a for head creates a fresh binding per iteration; var shares one.
const lets: (() => number)[] = [];
for (let i = 0; i < 3; i++) lets.push(() => i);
console.log(lets.map(f => f()).join(","));
const vars: (() => number)[] = [];
for (var j = 0; j < 3; j++) vars.push(() => j);
console.log(vars.map(f => f()).join(","));
const mutated: (() => number)[] = [];
for (let k = 0; k < 3; k++) { mutated.push(() => k); k++; }
console.log(mutated.map(f => f()).join(","));
