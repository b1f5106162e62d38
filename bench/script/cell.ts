// One live-coding cell: a four-voice patch built through the graph API (cell-prelude.ts) and the
// host function midi(note), re-evaluated as a user would after each edit.
graph.reset();
const tempo = { bpm: 124, swing: 0.1, bars: 4 };
const scale = [0, 3, 5, 7, 10];

function voice(note: number, detune: number): NodeHandle {
  const osc = graph.node("saw", { freq: midi(note), detune });
  const env = graph.node("adsr", { attack: 0.01, decay: 0.2, sustain: 0.6, release: 0.4 });
  const amp = graph.node("gain", { gain: 0.2 });
  osc.connect(amp);
  env.connect(amp, "gain");
  return amp;
}

const mix = graph.node("mix", { inputs: 4 });
for (let i = 0; i < 4; i++) {
  const note = 48 + scale[i % scale.length] + 12 * (i >> 1);
  voice(note, i * 0.01).connect(mix, `in${i}`);
}

const beat = 60 / tempo.bpm;
const filter = graph.node("ladder", { cutoff: 800 + tempo.bpm * 4, resonance: 0.3 });
const delay = graph.node("delay", { time: beat * (0.75 + tempo.swing), feedback: 0.35 });
mix.connect(filter).connect(delay).connect(graph.node("reverb", { size: 0.7, mix: 0.25 }));
filter.set("cutoff", 1200).set("drive", 1.5);
graph.nodes.length * 100 + graph.wires.length;
