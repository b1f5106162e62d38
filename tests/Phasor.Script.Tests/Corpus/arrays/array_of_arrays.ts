// Two-dimensional arrays as grids.
const rows = 3, cols = 4;
const grid: number[][] = [];
for (let r = 0; r < rows; r++) { grid.push([]); for (let c = 0; c < cols; c++) grid[r].push(r * cols + c); }
console.log(grid);
const transposed = grid[0].map((_, c) => grid.map(row => row[c]));
console.log(transposed.map(r => r.join(" ")).join(" | "));
console.log(grid.flat().reduce((a, b) => a + b, 0));
