// A binary heap priority queue used to merge sorted event streams.
class MinHeap<T> {
  private a: T[] = [];
  constructor(private less: (x: T, y: T) => boolean) {}
  get size() { return this.a.length; }
  push(v: T) {
    const a = this.a; a.push(v);
    let i = a.length - 1;
    while (i > 0) { const p = (i - 1) >> 1; if (!this.less(a[i], a[p])) break; [a[i], a[p]] = [a[p], a[i]]; i = p; }
  }
  pop(): T | undefined {
    const a = this.a;
    if (a.length === 0) return undefined;
    const top = a[0], last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1; let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]]; i = m;
      }
    }
    return top;
  }
}
const h = new MinHeap<number>((x, y) => x < y);
for (const v of [5, 3, 8, 1, 9, 2, 7, 1]) h.push(v);
const out: number[] = [];
while (h.size) out.push(h.pop()!);
console.log(out.join(" "));
type Ev = { t: number; src: string };
const streams: Ev[][] = [[{ t: 0, src: "a" }, { t: 4, src: "a" }], [{ t: 1, src: "b" }, { t: 4, src: "b" }, { t: 9, src: "b" }], [{ t: 2, src: "c" }]];
const q = new MinHeap<[Ev, number, number]>((x, y) => x[0].t < y[0].t || (x[0].t === y[0].t && x[1] < y[1]));
streams.forEach((s, i) => q.push([s[0], i, 0]));
const merged: string[] = [];
while (q.size) {
  const [ev, si, ei] = q.pop()!;
  merged.push(ev.src + ev.t);
  if (ei + 1 < streams[si].length) q.push([streams[si][ei + 1], si, ei + 1]);
}
console.log(merged.join(" "));
