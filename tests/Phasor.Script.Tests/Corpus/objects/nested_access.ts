// Deeply nested reads and writes through chains of properties.
const song = { tracks: [{ name: "drums", steps: [1, 0, 1, 0] }, { name: "bass", steps: [0, 1] }], meta: { bpm: 120 } };
console.log(song.tracks[0].name, song.tracks[1].steps.length, song.meta.bpm);
song.tracks[1].steps[0] = 1;
song.meta.bpm += 8;
(song as any).meta.swing = { amount: 0.1 };
console.log(song.tracks[1].steps.join(""), song.meta.bpm, (song as any).meta.swing.amount);
console.log(song.tracks.map(t => t.name + ":" + t.steps.join("")).join(" "));
