// Destructuring null or undefined throws a TypeError.
function tryIt(label: string, f: () => void) {
  try { f(); console.log(label, "ok"); }
  catch (e) { console.log(label, e instanceof TypeError, (e as Error).name); }
}
tryIt("object from null", () => { const { a } = null as any; });
tryIt("object from undefined", () => { const { a } = undefined as any; });
tryIt("nested missing", () => { const { a: { b } } = {} as any; });
tryIt("array from number", () => { const [x] = 5 as any; });
tryIt("object from number", () => { const { toFixed } = 5 as any; console.log(typeof toFixed); });
tryIt("param", () => { ((({ x }: any) => x) as any)(); });
