// Callbacks see the array as it is when each index is visited.
const a = [1, 2, 3, 4];
const seen: number[] = [];
a.forEach((x, i) => { seen.push(x); if (i === 0) a.push(99); a[i + 1] = (a[i + 1] ?? 0) * 10; });
console.log(seen.join(), a.join());
const b = [1, 2, 3];
const mapped = b.map((x, i) => { if (i === 0) b.pop(); return x; });
console.log(mapped.length, mapped);
