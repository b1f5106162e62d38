// Note names and frequencies of a scale in equal temperament (A4 = 440 Hz).
// Run: phasor run examples/scripts/scale.ts
const NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];

class Note {
  constructor(readonly midi: number) {}

  get name(): string {
    const octave = Math.floor(this.midi / 12) - 1;
    return NAMES[this.midi % 12] + octave;
  }

  get hz(): number {
    return 440 * 2 ** ((this.midi - 69) / 12);
  }
}

const MAJOR = [2, 2, 1, 2, 2, 2, 1];

function scale(root: number, steps: number[]): Note[] {
  const notes = [new Note(root)];
  for (const step of steps) {
    notes.push(new Note(notes[notes.length - 1].midi + step));
  }
  return notes;
}

for (const note of scale(60, MAJOR)) {
  console.log(`${note.name.padEnd(4)}${note.hz.toFixed(2).padStart(8)} Hz`);
}
