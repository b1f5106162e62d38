// Closures in loops: let gives each iteration its own binding, var does not.
const withLet: (() => number)[] = [];
const withVar: (() => number)[] = [];
for (let i = 0; i < 4; i++) withLet.push(() => i * i);
for (var j = 0; j < 4; j++) withVar.push(() => j * j);
console.log(withLet.map(f => f()).join(","));
console.log(withVar.map(f => f()).join(","));
const fixedVar: (() => number)[] = [];
for (var k = 0; k < 4; k++) fixedVar.push(((k2) => () => k2)(k));
console.log(fixedVar.map(f => f()).join(","));
