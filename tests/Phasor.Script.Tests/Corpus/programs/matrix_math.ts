// Matrix multiplication, transpose, identity and determinant.
type Matrix = number[][];
const mul = (a: Matrix, b: Matrix): Matrix => a.map(row => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
const transpose = (m: Matrix): Matrix => m[0].map((_, j) => m.map(r => r[j]));
const identity = (n: number): Matrix => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
function det(m: Matrix): number {
  if (m.length === 1) return m[0][0];
  let d = 0;
  for (let j = 0; j < m.length; j++) {
    const minor = m.slice(1).map(r => r.filter((_, c) => c !== j));
    d += (j % 2 === 0 ? 1 : -1) * m[0][j] * det(minor);
  }
  return d;
}
const a = [[1, 2], [3, 4]], b = [[5, 6], [7, 8]];
console.log(JSON.stringify(mul(a, b)), JSON.stringify(transpose([[1, 2, 3], [4, 5, 6]])));
console.log(JSON.stringify(mul(a, identity(2))) === JSON.stringify(a), det(a), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]));
const rot = (t: number): Matrix => [[Math.cos(t), -Math.sin(t)], [Math.sin(t), Math.cos(t)]];
let m = identity(2);
for (let i = 0; i < 8; i++) m = mul(m, rot(Math.PI / 4));
console.log(m.map(r => r.map(v => v.toFixed(6)).join(" ")).join(" / "));
let p = identity(4);
const step = [[1, 1, 0, 0], [1, 0, 0, 0], [0, 0, 1, 1], [0, 0, 1, 0]];
for (let i = 0; i < 30; i++) p = mul(p, step);
console.log(p[0][1], p[2][2]);
