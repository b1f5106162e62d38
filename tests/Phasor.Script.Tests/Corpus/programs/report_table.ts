// Formats a table of render statistics: grouping, multi-key sorting, number formatting and column alignment.
interface Run { patch: string; backend: "ref" | "il" | "wasm"; blocks: number; ms: number; xruns: number }
const runs: Run[] = [
  { patch: "fm-bell", backend: "il", blocks: 4096, ms: 41.25, xruns: 0 },
  { patch: "fm-bell", backend: "ref", blocks: 4096, ms: 388.5, xruns: 3 },
  { patch: "pad", backend: "wasm", blocks: 2048, ms: 60.125, xruns: 0 },
  { patch: "pad", backend: "il", blocks: 2048, ms: 19.995, xruns: 0 },
  { patch: "drums", backend: "ref", blocks: 8192, ms: 101, xruns: 1 },
  { patch: "drums", backend: "il", blocks: 8192, ms: 12.5, xruns: 0 },
  { patch: "pad", backend: "ref", blocks: 2048, ms: 150.75, xruns: 2 },
];
const columns: { title: string; width: number; align: "left" | "right"; get: (r: Run) => string }[] = [
  { title: "patch", width: 8, align: "left", get: r => r.patch },
  { title: "backend", width: 7, align: "left", get: r => r.backend },
  { title: "blocks", width: 7, align: "right", get: r => r.blocks.toLocaleString() },
  { title: "ms", width: 8, align: "right", get: r => r.ms.toFixed(2) },
  { title: "us/block", width: 9, align: "right", get: r => (r.ms * 1000 / r.blocks).toPrecision(4) },
  { title: "xruns", width: 5, align: "right", get: r => (r.xruns === 0 ? "-" : String(r.xruns)) },
];
const pad = (text: string, width: number, align: "left" | "right") => (align === "left" ? text.padEnd(width) : text.padStart(width));
const line = (cells: string[]) => "| " + cells.join(" | ") + " |";
const sorted = runs.toSorted((a, b) => a.patch.localeCompare(b.patch) || a.ms - b.ms);
console.log(line(columns.map(c => pad(c.title, c.width, c.align))));
console.log("|" + columns.map(c => (c.align === "right" ? "-".repeat(c.width + 1) + ":" : ":" + "-".repeat(c.width + 1))).join("|") + "|");
for (const r of sorted) console.log(line(columns.map(c => pad(c.get(r), c.width, c.align))));
const byPatch = new Map<string, Run[]>();
for (const r of runs) byPatch.set(r.patch, [...(byPatch.get(r.patch) ?? []), r]);
for (const [patch, group] of [...byPatch].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const fastest = group.reduce((best, r) => (r.ms < best.ms ? r : best));
  const slowest = group.reduce((worst, r) => (r.ms > worst.ms ? r : worst));
  const speedup = slowest.ms / fastest.ms;
  console.log(`${patch}: fastest ${fastest.backend} (${fastest.ms} ms), ${speedup.toFixed(1)}x over ${slowest.backend}, total xruns ${group.reduce((n, r) => n + r.xruns, 0)}`);
}
const totalMs = runs.reduce((s, r) => s + r.ms, 0);
console.log(`total ${totalMs.toFixed(3)} ms over ${runs.length} runs, mean ${(totalMs / runs.length).toFixed(3)} ms, ${(runs.filter(r => r.xruns > 0).length / runs.length * 100).toFixed(1)}% with xruns`);
