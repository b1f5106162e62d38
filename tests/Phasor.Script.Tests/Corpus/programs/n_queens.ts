// Counting N-queens solutions with bit masks.
function queens(n: number): number {
  const all = (1 << n) - 1;
  let count = 0;
  function place(cols: number, d1: number, d2: number) {
    if (cols === all) { count++; return; }
    let free = all & ~(cols | d1 | d2);
    while (free) {
      const bit = free & -free;
      free ^= bit;
      place(cols | bit, ((d1 | bit) << 1) & all, (d2 | bit) >> 1);
    }
  }
  place(0, 0, 0);
  return count;
}
for (let n = 1; n <= 9; n++) console.log(n, queens(n));
