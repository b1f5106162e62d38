// Memoised recursion: counting paths, partitions and edit distance.
function memoize<A extends any[], R>(f: (...a: A) => R): (...a: A) => R {
  const cache = new Map<string, R>();
  return (...a: A) => { const k = a.join(","); if (!cache.has(k)) cache.set(k, f(...a)); return cache.get(k)!; };
}
const paths = memoize((r: number, c: number): number => (r === 0 || c === 0 ? 1 : paths(r - 1, c) + paths(r, c - 1)));
console.log(paths(2, 2), paths(10, 10), paths(16, 16));
const partitions = memoize((n: number, max: number): number => {
  if (n === 0) return 1;
  let total = 0;
  for (let k = Math.min(n, max); k >= 1; k--) total += partitions(n - k, k);
  return total;
});
console.log(partitions(5, 5), partitions(50, 50), partitions(100, 100));
function editDistance(a: string, b: string): number {
  const memo = new Map<string, number>();
  const go = (i: number, j: number): number => {
    if (i === a.length) return b.length - j;
    if (j === b.length) return a.length - i;
    const key = i + ":" + j;
    if (memo.has(key)) return memo.get(key)!;
    const r = a[i] === b[j] ? go(i + 1, j + 1) : 1 + Math.min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1));
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}
console.log(editDistance("kitten", "sitting"), editDistance("sequencer", "sequence"), editDistance("", "abc"));
