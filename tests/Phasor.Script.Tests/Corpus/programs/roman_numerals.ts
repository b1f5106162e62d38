// Converting to and from Roman numerals.
const TABLE: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
function toRoman(n: number) { let s = ""; for (const [v, r] of TABLE) while (n >= v) { s += r; n -= v; } return s; }
function fromRoman(s: string) {
  const val: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) { const v = val[s[i]], next = val[s[i + 1]] ?? 0; total += v < next ? -v : v; }
  return total;
}
for (const n of [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]) console.log(n, toRoman(n), fromRoman(toRoman(n)) === n);
let ok = true;
for (let n = 1; n < 4000; n++) if (fromRoman(toRoman(n)) !== n) ok = false;
console.log("all round trip", ok);
