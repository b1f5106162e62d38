// fill sets a range to one value.
console.log(new Array(4).fill(0).join(), [1, 2, 3, 4].fill(9, 2).join(), [1, 2, 3, 4].fill(7, 1, 3).join());
console.log([1, 2, 3].fill(5, -1).join());
const grid = new Array(2).fill([]);
grid[0].push("shared");
console.log(grid[1].length);
const steps = new Array(8).fill(false);
steps[0] = steps[4] = true;
console.log(steps.map(s => (s ? "x" : ".")).join(""));
