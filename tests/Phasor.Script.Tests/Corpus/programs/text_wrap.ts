// Word-wrapping and justifying text to a fixed width.
const text = "Phasor Script is a small language for patches and patterns that are evaluated cell by cell while the music keeps playing";
function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of s.split(" ")) {
    if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; }
    else line = line ? line + " " + word : word;
  }
  if (line) lines.push(line);
  return lines;
}
function justify(line: string, width: number) {
  const words = line.split(" ");
  if (words.length === 1) return line;
  let gaps = width - words.reduce((n, w) => n + w.length, 0);
  let out = "";
  for (let i = 0; i < words.length - 1; i++) {
    const g = Math.ceil(gaps / (words.length - 1 - i));
    out += words[i] + " ".repeat(g); gaps -= g;
  }
  return out + words[words.length - 1];
}
const lines = wrap(text, 28);
for (const l of lines.slice(0, -1)) console.log("|" + justify(l, 28) + "|");
console.log("|" + lines[lines.length - 1].padEnd(28) + "|");
