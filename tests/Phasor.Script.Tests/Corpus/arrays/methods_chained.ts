// Chains of array methods.
const words = ["kick", "snare", "hat", "clap", "tom", "rim"];
const r = words
  .filter(w => w.length > 3)
  .map(w => w.toUpperCase())
  .sort()
  .reverse()
  .slice(0, 2)
  .join("+");
console.log(r);
console.log(words.map(w => w.length).filter(n => n === 3).length);
console.log(words.indexOf("tom"), words.some(w => w.startsWith("s")));
