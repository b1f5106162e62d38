// The object of a member access is evaluated before the rest of the expression, so reassigning the variable that
// held it later in the same expression must not redirect the access (locals live in registers: easy to get wrong).
function inFunction(): void {
  let a: any = { b: 0, name: "first" };
  const c: any = { b: 0, name: "second" };
  const old = a;
  a.b = (a = c, 1);
  console.log(old.b, c.b, a.name);

  let i = 0;
  const arr = [0, 0];
  let x: any = arr;
  x[i] = (x = [9], i = 1, 5);
  console.log(arr, x, i);

  let y: any = { v: 1 };
  const oy = y;
  y.v += (y = { v: 100 }, 10);
  console.log(oy, y);

  let z: any = { tag: "z1", show(n: number) { return this.tag + ":" + n; } };
  console.log(z.show((z = { tag: "z2", show() { return "wrong"; } }, 7)));
  console.log(z.tag);

  let w: any = [10, 20, 30];
  console.log(w[(w = [1, 2, 3], 2)]);

  let q: any = { n: 1 };
  const oq = q;
  q.n = q.n + (q = { n: 50 }).n;
  console.log(oq.n, q.n);

  let k: any = { count: 0 };
  const ok = k;
  k.count++;
  k.count += (k = { count: 7 }, 1);
  console.log(ok.count, k.count);
}

inFunction();

class Counter {
  value = 0;
  bump(by: number): number {
    this.value += by;
    return this.value;
  }
  twice(): number {
    return this.bump(1) + this.bump(2);
  }
}

const counter = new Counter();
console.log(counter.twice(), counter.value);
