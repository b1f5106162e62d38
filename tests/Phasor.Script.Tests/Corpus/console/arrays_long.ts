// Arrays with more than six items are grouped into aligned columns.
console.log([1, 2, 3, 4, 5, 6, 7]);
const a: number[] = [];
for (let i = 0; i < 26; i++) a.push(i * i);
console.log(a);
console.log(["kick", "snare", "hat", "clap", "tom", "rim", "crash", "ride"]);
const big: number[] = [];
for (let i = 0; i < 150; i++) big.push(i);
console.log(big);
