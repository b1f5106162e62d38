// Sieve of Eratosthenes with a byte array of flags.
function sieve(n: number): number[] {
  const composite: boolean[] = new Array(n + 1).fill(false);
  const primes: number[] = [];
  for (let i = 2; i <= n; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= n; j += i) composite[j] = true;
  }
  return primes;
}
const ps = sieve(100000);
console.log(ps.length, ps.slice(0, 10).join(","), ps[ps.length - 1]);
let twin = 0;
for (let i = 1; i < ps.length; i++) if (ps[i] - ps[i - 1] === 2) twin++;
console.log("twin pairs", twin);
const gaps = new Map<number, number>();
for (let i = 1; i < ps.length; i++) { const g = ps[i] - ps[i - 1]; gaps.set(g, (gaps.get(g) ?? 0) + 1); }
let maxGap = 0;
gaps.forEach((_, g) => { if (g > maxGap) maxGap = g; });
console.log("largest gap", maxGap, "count of gap 6", gaps.get(6));
