// Objects longer than the line width break onto several lines with two-space indents.
console.log({ name: "pattern one", tempo: 120, swing: 0.1, steps: [1, 0, 1, 0], enabled: true });
console.log({ short: 1 });
console.log({
  track: { name: "drums", volume: 0.8, pan: -0.25, muted: false },
  effects: [{ kind: "reverb", mix: 0.3 }, { kind: "delay", time: 0.375, feedback: 0.45 }],
});
