// Nested arrays of numbers, such as a step grid, print inline when short.
const grid = [[1, 0, 0, 0], [0, 0, 1, 0], [1, 1, 0, 1]];
console.log(grid);
const wide: number[][] = [];
for (let r = 0; r < 3; r++) { const row: number[] = []; for (let c = 0; c < 16; c++) row.push((r + c) % 3 === 0 ? 1 : 0); wide.push(row); }
console.log(wide);
