// Destructuring in callbacks of reduce and sort.
const points = [{ x: 3, y: 1 }, { x: 1, y: 2 }, { x: 2, y: 0 }];
console.log(points.slice().sort(({ x: a }, { x: b }) => a - b).map(({ x, y }) => `${x}:${y}`).join(" "));
const { sx, sy } = points.reduce(({ sx, sy }, { x, y }) => ({ sx: sx + x, sy: sy + y }), { sx: 0, sy: 0 });
console.log(sx, sy);
const grid = [[1, 2], [3, 4]];
let total = 0;
for (const [l, r] of grid) total += l * r;
console.log(total);
