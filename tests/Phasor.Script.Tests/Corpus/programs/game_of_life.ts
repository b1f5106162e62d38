// Conway's Game of Life on a small wrapping grid.
const W = 10, H = 8;
let grid: number[][] = Array.from({ length: H }, () => new Array(W).fill(0));
for (const [r, c] of [[0, 1], [1, 2], [2, 0], [2, 1], [2, 2], [5, 6], [5, 7], [5, 8]]) grid[r][c] = 1;
function step(g: number[][]) {
  return g.map((row, r) => row.map((cell, c) => {
    let n = 0;
    for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) {
      if (dr || dc) n += g[(r + dr + H) % H][(c + dc + W) % W];
    }
    return n === 3 || (cell && n === 2) ? 1 : 0;
  }));
}
for (let gen = 0; gen < 4; gen++) {
  console.log("gen " + gen);
  console.log(grid.map(r => r.map(v => (v ? "#" : ".")).join("")).join("\n"));
  grid = step(grid);
}
const population: number[] = [];
for (let i = 0; i < 12; i++) { grid = step(grid); population.push(grid.flat().reduce((a, b) => a + b, 0)); }
console.log("population", population.join(" "));
