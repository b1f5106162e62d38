// for...of and for...in create a fresh binding per iteration.
const fs: (() => string)[] = [];
for (const s of ["a", "b", "c"]) fs.push(() => s);
for (const k in { x: 1, y: 2 }) fs.push(() => k);
console.log(fs.map(f => f()).join(""));
const ws: (() => number)[] = [];
let w = 0;
while (w < 3) { const copy = w; ws.push(() => copy * 10); w++; }
console.log(ws.map(f => f()).join(","));
