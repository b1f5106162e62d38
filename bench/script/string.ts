// String work: building text from pseudo-random words, splitting, counting words in a Map, case changes,
// slicing, searching, template literals and character codes. Measures the string built-ins and concatenation.
const syllables = ["ka", "lo", "mi", "zu", "ne", "ra", "to", "shi", "pe", "gu", "an", "or"];

function makeText(words: number): string {
  let seed = 7;
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    let word = "";
    const length = 1 + (seed % 3);
    for (let s = 0; s < length; s++) {
      word += syllables[(seed >> (4 * s + 3)) % syllables.length];
    }
    parts.push(word);
  }
  return parts.join(" ");
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    h = (h * 31 + text.charCodeAt(i)) % 1000000007;
  }
  return h;
}

function bench(): number {
  const text = makeText(20000);
  const words = text.split(" ");
  const counts = new Map<string, number>();
  for (const word of words) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  let report = "";
  let longest = "";
  for (const [word, count] of counts) {
    if (count > 40) {
      report += `${word.toUpperCase()}=${count};`;
    }
    if (word.length > longest.length || (word.length === longest.length && word < longest)) {
      longest = word;
    }
  }
  let found = 0;
  let from = text.indexOf("kalo");
  while (from >= 0) {
    found++;
    from = text.indexOf("kalo", from + 1);
  }
  let padded = "";
  for (let i = 0; i < 2000; i++) {
    padded += String(i).padStart(5, "0").slice(1) + (i % 10 === 0 ? "\n" : ",");
  }
  const lines = padded.split("\n").map((line) => line.trim()).filter((line) => line.length > 0);
  return (hash(report) + hash(text) + hash(padded) + found * 31 + lines.length + longest.length + counts.size) % 1000000007;
}
