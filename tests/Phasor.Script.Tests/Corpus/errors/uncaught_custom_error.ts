// exit: 1
// throws: PatchError: cannot connect filter
// at: 11:29
// An uncaught instance of a custom Error subclass.
class PatchError extends Error {
  constructor(message: string, readonly node: string) { super(message); this.name = "PatchError"; }
}
const nodes = ["osc", "filter", "gain"];
for (const n of nodes) {
  console.log("connecting", n);
  if (n === "filter") throw new PatchError("cannot connect " + n, n);
}
