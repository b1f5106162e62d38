// Classifying characters by comparing code units.
function kind(c: string) {
  if (c >= "0" && c <= "9") return "digit";
  if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z")) return "letter";
  if (c === " " || c === "\t" || c === "\n") return "space";
  return "other";
}
const counts: Record<string, number> = {};
for (const c of "Tempo 120 bpm!\tok") counts[kind(c)] = (counts[kind(c)] || 0) + 1;
console.log(counts);
