// Parsing, transforming and summarising a JSON document.
const text = `{
  "tracks": [
    {"name": "drums", "clips": [{"start": 0, "len": 16}, {"start": 32, "len": 16}], "volume": 0.9},
    {"name": "bass", "clips": [{"start": 0, "len": 64}], "volume": 0.7, "muted": true},
    {"name": "pad", "clips": [], "volume": 0.4}
  ],
  "bpm": 124
}`;
const song = JSON.parse(text);
const active = song.tracks.filter((t: any) => !t.muted);
console.log(active.map((t: any) => t.name).join(","));
const lengths = song.tracks.map((t: any) => [t.name, t.clips.reduce((s: number, c: any) => s + c.len, 0)]);
console.log(JSON.stringify(Object.fromEntries(lengths)));
const last = Math.max(...song.tracks.map((t: any) => t.clips.map((c: any) => c.start + c.len)).flat());
console.log("ends at beat", last / 4, "seconds", ((last / 4) * 60 / song.bpm).toFixed(3));
song.tracks.sort((a: any, b: any) => b.volume - a.volume);
song.bpm += 4;
console.log(JSON.stringify(song, ["bpm", "tracks", "name", "volume"], 1));
