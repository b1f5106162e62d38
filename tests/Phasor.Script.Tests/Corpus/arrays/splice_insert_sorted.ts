// Keeping an array sorted by inserting with splice.
const sorted: number[] = [];
for (const v of [5, 1, 4, 1, 5, 9, 2, 6]) {
  let i = 0;
  while (i < sorted.length && sorted[i] < v) i++;
  sorted.splice(i, 0, v);
}
console.log(sorted.join());
while (sorted.length > 3) sorted.splice(Math.floor(sorted.length / 2), 1);
console.log(sorted.join());
