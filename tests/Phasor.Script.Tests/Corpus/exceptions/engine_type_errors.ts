// Errors raised by the engine are TypeErrors that programs can catch and inspect.
function attempt(label: string, f: () => unknown) {
  try { f(); console.log(label, "no error"); }
  catch (e) { console.log(label, e instanceof TypeError, (e as Error).name, e instanceof Error); }
}
const u: any = undefined, n: any = null, num: any = 5;
attempt("read of undefined", () => u.x);
attempt("read of null", () => n.x);
attempt("write to undefined", () => { u.x = 1; });
attempt("call non-function", () => num());
attempt("call missing method", () => ({} as any).nope());
attempt("new non-constructor", () => new (num as any)());
attempt("in on primitive", () => "a" in num);
attempt("instanceof non-callable", () => ({}) instanceof num);
