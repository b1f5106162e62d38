// Labelled continue and break across every loop kind, and labelled blocks.
const out: string[] = [];
rows: for (let r = 0; r < 3; r++) {
  let c = 0;
  cols: while (true) {
    c++;
    if (c > 3) continue rows;
    if (r === 1 && c === 2) continue rows;
    if (r === 2 && c === 3) break rows;
    out.push(`${r}${c}`);
    if (c === 1) continue cols;
  }
}
console.log(out.join(" "));
out.length = 0;
let i = 0;
outer: do {
  i++;
  for (const ch of "abc") {
    if (ch === "b" && i % 2 === 1) continue outer;
    out.push(i + ch);
  }
} while (i < 4);
console.log(out.join(" "));
out.length = 0;
const grid: Record<string, number[]> = { a: [1, 2, 3], b: [4, 5, 6] };
scan: for (const key in grid) {
  for (const n of grid[key]) {
    if (n % 2 === 0) continue scan;
    out.push(key + n);
  }
}
console.log(out.join(" "));
block: {
  out.length = 0;
  out.push("in block");
  if (out.length > 0) break block;
  out.push("never");
}
console.log(out.join(), (() => { inner: { if (true) break inner; return "unreachable"; } return "after labelled block"; })());
a: b: for (let k = 0; k < 3; k++) { if (k === 1) continue a; if (k === 2) break b; console.log("k", k); }
let w = 0;
again: while (w < 5) { w++; switch (w) { case 2: continue again; case 4: break again; } console.log("w", w); }
