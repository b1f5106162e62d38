// Counting words and characters with split, trim and a Map.
const text = "  the rain in spain falls mainly on the plain  ";
const words = text.trim().split(" ").filter(w => w.length > 0);
console.log(words.length, words[0], words[words.length - 1]);
const freq = new Map<string, number>();
for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
console.log(freq.get("the"), freq.size);
let ain = 0, from = 0;
while ((from = text.indexOf("ain", from)) !== -1) { ain++; from += 3; }
console.log(ain);
