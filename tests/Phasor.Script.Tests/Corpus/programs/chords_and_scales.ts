// Building scales and chords from interval patterns and naming their notes.
const NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];
const SCALES: Record<string, number[]> = { major: [2, 2, 1, 2, 2, 2, 1], minor: [2, 1, 2, 2, 1, 2, 2], pentatonic: [2, 2, 3, 2, 3] };
function scale(root: number, kind: string) {
  const notes = [root];
  for (const step of SCALES[kind].slice(0, -1)) notes.push(notes[notes.length - 1] + step);
  return notes;
}
const name = (m: number) => NAMES[((m % 12) + 12) % 12] + (Math.floor(m / 12) - 1);
for (const kind of Object.keys(SCALES)) console.log(kind.padEnd(10), scale(60, kind).map(name).join(" "));
const cMajor = scale(60, "major");
const triads = cMajor.map((_, i) => [0, 2, 4].map(d => cMajor[(i + d) % 7] + (i + d >= 7 ? 12 : 0)));
const quality = (t: number[]) => { const a = t[1] - t[0], b = t[2] - t[1]; return a === 4 && b === 3 ? "maj" : a === 3 && b === 4 ? "min" : a === 3 && b === 3 ? "dim" : "?"; };
console.log(triads.map(t => name(t[0]).slice(0, -1) + quality(t)).join(" "));
