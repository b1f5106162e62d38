// Euclidean rhythms distribute k hits over n steps as evenly as possible.
function euclid(k: number, n: number, rotate = 0): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < n; i++) out.push(((i + rotate) * k) % n < k);
  return out;
}
const show = (p: boolean[]) => p.map(x => (x ? "x" : ".")).join("");
for (const [k, n] of [[3, 8], [5, 8], [4, 12], [7, 16], [2, 5], [0, 4], [4, 4]]) {
  console.log(`(${k},${n})`.padEnd(8), show(euclid(k, n)), euclid(k, n).filter(x => x).length);
}
console.log(show(euclid(3, 8, 1)), show(euclid(3, 8, 2)));
