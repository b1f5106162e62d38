// Note-to-frequency conversion as a live-coding tool computes it.
function mtof(note: number) { return 440 * 2 ** ((note - 69) / 12); }
function ftom(freq: number) { return 69 + 12 * Math.log2(freq / 440); }
for (const n of [21, 48, 60, 69, 72, 108]) {
  console.log(n, mtof(n), mtof(n).toFixed(3), Math.round(ftom(mtof(n))));
}
console.log(1 / 44100, 44100 / 128, Math.round(0.75 * 44100));
