// Euclidean rhythms: k onsets spread as evenly as possible over n steps (Bjorklund's algorithm).
// Run: phasor run examples/scripts/euclid.ts
function euclid(onsets: number, steps: number): boolean[] {
  let groups: boolean[][] = [];
  for (let i = 0; i < steps; i++) {
    groups.push([i < onsets]);
  }
  // Repeatedly append the trailing groups onto the leading ones until at most one remainder group is left.
  let head = onsets;
  let tail = steps - onsets;
  while (tail > 1 && head > 0) {
    const pairs = Math.min(head, tail);
    const merged: boolean[][] = [];
    for (let i = 0; i < pairs; i++) {
      merged.push([...groups[i], ...groups[groups.length - 1 - i]]);
    }
    const rest = groups.slice(pairs, groups.length - pairs);
    groups = [...merged, ...rest];
    head = pairs;
    tail = rest.length;
  }
  return groups.flat();
}

const patterns: [string, number, number][] = [
  ["tresillo", 3, 8],
  ["cinquillo", 5, 8],
  ["bossa", 5, 16],
  ["aksak", 4, 9],
];

for (const [name, k, n] of patterns) {
  const cells = euclid(k, n).map((on) => (on ? "x" : "."));
  console.log(`${name.padEnd(10)} E(${k},${n}) ${cells.join("")}`);
}
