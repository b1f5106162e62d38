// Nested object and array patterns.
const song = { title: "loop", meta: { bpm: 120, key: { root: "C", mode: "minor" } }, tracks: [{ name: "kick" }, { name: "hat" }] };
const { title, meta: { bpm, key: { root, mode } }, tracks: [first, { name: secondName }] } = song;
console.log(title, bpm, root, mode, first.name, secondName);
const { meta: { tempo = 90 } = {} as any } = song as any;
console.log(tempo);
