// An ADSR envelope, sampled and drawn as a bar chart.
// Run: phasor run examples/scripts/envelope.ts [WIDTH]
interface Adsr {
  attack: number; // seconds
  decay: number;
  sustain: number; // level, 0..1
  release: number;
}

const shape: Adsr = { attack: 0.05, decay: 0.2, sustain: 0.6, release: 0.3 };
const held = 0.5; // how long the key is held, seconds

function level(env: Adsr, t: number): number {
  if (t < env.attack) return t / env.attack;
  if (t < env.attack + env.decay) return 1 - (1 - env.sustain) * ((t - env.attack) / env.decay);
  if (t < held) return env.sustain;
  const released = t - held;
  return released < env.release ? env.sustain * (1 - released / env.release) : 0;
}

const width = Number(process.argv[2] ?? 40);
const total = held + shape.release;
const rows = 16;
for (let i = 0; i <= rows; i++) {
  const t = (total * i) / rows;
  const value = level(shape, t);
  const bar = "#".repeat(Math.round(value * width));
  console.log(`${t.toFixed(3)} s ${value.toFixed(2)} |${bar}`);
}
