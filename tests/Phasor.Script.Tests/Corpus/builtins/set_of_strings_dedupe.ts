// Deduplicating and counting with Set and Map together.
const events = ["kick", "hat", "kick", "snare", "hat", "hat", "clap"];
const kinds = new Set(events);
const counts = new Map<string, number>();
for (const e of events) counts.set(e, (counts.get(e) ?? 0) + 1);
console.log(kinds.size, [...kinds].join(" "));
const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(sorted.map(([k, n]) => k + ":" + n).join(" "));
console.log(counts);
