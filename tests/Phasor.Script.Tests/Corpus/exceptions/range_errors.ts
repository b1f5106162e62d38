// Built-in functions throw RangeError for invalid numeric arguments.
function attempt(label: string, f: () => unknown) {
  try { console.log(label, f()); }
  catch (e) { console.log(label, e instanceof RangeError, (e as Error).name); }
}
attempt("toFixed(101)", () => (1).toFixed(101));
attempt("toString(1)", () => (10).toString(1));
attempt("toPrecision(0)", () => (1).toPrecision(0));
attempt("array length", () => new Array(-5));
attempt("repeat", () => "x".repeat(Infinity));
attempt("length = -1", () => { const a: number[] = []; a.length = -1; });
attempt("fine", () => (1.5).toFixed(1));
