// for...of over an array sees elements pushed during iteration.
const arr = [1, 2, 3];
const seen: number[] = [];
for (const x of arr) {
  seen.push(x);
  if (x < 3 && arr.length < 6) arr.push(x * 10);
}
console.log(seen.join(","), arr.length);
const shrink = [1, 2, 3, 4];
for (const x of shrink) { console.log(x); shrink.pop(); }
