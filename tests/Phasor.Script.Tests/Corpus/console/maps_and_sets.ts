// Maps and Sets print with their size and entries.
console.log(new Map([["a", 1], ["b", 2]]));
console.log(new Set([1, "two", [3]]));
console.log(new Map([[{ k: 1 }, new Set([1])]]));
console.log(new Map(), new Set());
console.log([new Map([[1, 2]]), new Set(["x"])]);
const big = new Set<number>();
for (let i = 0; i < 30; i++) big.add(i);
console.log(big);
