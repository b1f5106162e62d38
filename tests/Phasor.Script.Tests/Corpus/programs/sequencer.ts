// A pattern sequencer in the style of a live-coding tool: cycles, note names and events per step.
const NOTE_NAMES = ["c", "c#", "d", "d#", "e", "f", "f#", "g", "g#", "a", "a#", "b"];
function noteToMidi(name: string): number {
  const octave = Number(name[name.length - 1]);
  const pitch = NOTE_NAMES.indexOf(name.slice(0, -1));
  if (pitch < 0 || isNaN(octave)) throw new Error("bad note " + name);
  return 12 * (octave + 1) + pitch;
}
function midiToName(m: number) { return NOTE_NAMES[m % 12] + (Math.floor(m / 12) - 1); }
function mtof(m: number) { return 440 * 2 ** ((m - 69) / 12); }
class Pattern {
  constructor(readonly steps: (string | null)[]) {}
  at(step: number) { return this.steps[step % this.steps.length]; }
  fast(k: number) { const out: (string | null)[] = []; for (let i = 0; i < k; i++) out.push(...this.steps); return new Pattern(out); }
  transpose(semis: number) { return new Pattern(this.steps.map(s => (s === null ? null : midiToName(noteToMidi(s) + semis)))); }
}
const bass = new Pattern(["c2", null, "c2", "g1", null, "a#1", null, null]);
const lead = new Pattern(["e4", "g4", "b4"]).transpose(2);
const bpm = 120, stepsPerBeat = 4, stepDur = 60 / bpm / stepsPerBeat;
for (let step = 0; step < 12; step++) {
  const t = (step * stepDur).toFixed(3);
  const events: string[] = [];
  const b = bass.at(step), l = lead.at(step);
  if (b) events.push(`bass ${b} ${mtof(noteToMidi(b)).toFixed(2)}Hz`);
  if (l && step % 2 === 0) events.push(`lead ${l} ${noteToMidi(l)}`);
  console.log(`cycle ${Math.floor(step / 8)} step ${step % 8} t=${t}`, events.join(" | ") || "-");
}
console.log(new Pattern(["a", "b"]).fast(3).steps.join(""));
try { noteToMidi("h3"); } catch (e) { console.log((e as Error).message); }
