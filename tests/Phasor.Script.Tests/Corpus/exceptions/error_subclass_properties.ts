// Error objects: name, message, cause, toString, and what subclasses inherit; printed without their stack.
class PatchError extends Error {
  constructor(message: string, public node: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PatchError";
  }
}
class SilentError extends Error {}
const root = new TypeError("bad input");
const e = new PatchError("cannot connect", "osc1", { cause: root });
console.log(e.name, e.message, e.node, e.cause === root, String(e), e instanceof PatchError, e instanceof Error);
const s = new SilentError("quiet");
console.log(s.name, String(s), Object.prototype.toString.call(s), s.constructor.name);
console.log(Object.keys(e).join(), JSON.stringify(e), JSON.stringify(new Error("x")), Object.keys(new Error("x")).length);
console.log(String(new Error()), String(new Error(undefined)), String(new Error("")), new Error(42 as any).message === "42");
const plain = Error("called without new");
console.log(plain instanceof Error, plain.message, RangeError("r").name, typeof Error.prototype.toString);
const renamed = new Error("msg");
renamed.name = "";
console.log(String(renamed));
(renamed as any).name = undefined;
console.log(String(renamed));
const custom = { name: "Custom", message: "from an object" };
console.log(Error.prototype.toString.call(custom), Error.prototype.toString.call({}));
for (const E of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  const x = new E("m");
  console.log(E.name, x.name, x instanceof Error, Object.getPrototypeOf(E) === (E === Error ? Function.prototype : Error));
}
try { null!.toString(); } catch (err) { console.log((err as Error).constructor === TypeError, (err as Error).name); }
try { throw { notAnError: true }; } catch (err) { console.log(typeof err, (err as any).notAnError, err instanceof Error); }
console.log(new Error("with cause", { cause: "why" }).cause, "cause" in new Error("no cause"), new Error("x", {} as any).cause);
