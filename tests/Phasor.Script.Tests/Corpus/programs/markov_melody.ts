// A deterministic Markov-chain melody driven by a seeded generator.
class Rng {
  constructor(private s: number) {}
  next() { this.s = (Math.imul(this.s, 1664525) + 1013904223) >>> 0; return this.s / 4294967296; }
}
const transitions: Record<string, [string, number][]> = {
  C: [["E", 0.5], ["G", 0.3], ["C", 0.2]],
  E: [["G", 0.6], ["C", 0.4]],
  G: [["C", 0.5], ["A", 0.3], ["E", 0.2]],
  A: [["G", 1]],
};
function nextNote(cur: string, rng: Rng) {
  let r = rng.next();
  for (const [n, p] of transitions[cur]) { if (r < p) return n; r -= p; }
  return transitions[cur][transitions[cur].length - 1][0];
}
const rng = new Rng(42);
let note = "C";
const melody: string[] = [];
for (let i = 0; i < 32; i++) { melody.push(note); note = nextNote(note, rng); }
console.log(melody.join(" "));
const counts: Record<string, number> = {};
for (const n of melody) counts[n] = (counts[n] ?? 0) + 1;
console.log(counts);
