// Optional properties, parameters and methods.
interface Opts { size?: number; label?: string; onDone?(): string }
function run(o: Opts = {}) {
  return `${o.size ?? 1} ${o.label ?? "none"} ${o.onDone?.() ?? "no callback"}`;
}
console.log(run(), run({ size: 3 }), run({ onDone: () => "done" }));
class Node2 { next?: Node2; value?: number }
const n = new Node2();
console.log(n.next, n.value, "next" in n, Object.keys(n).join(","));
function opt(a: number, b?: number) { return b === undefined ? "one arg" : "two args"; }
console.log(opt(1), opt(1, 2));
