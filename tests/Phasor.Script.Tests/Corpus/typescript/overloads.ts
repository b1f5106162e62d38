// Overload signatures are erased; only the implementation runs.
function parse(x: string): number;
function parse(x: number): string;
function parse(x: any): any { return typeof x === "string" ? Number(x) : String(x); }
console.log(parse("42") + 1, parse(42) + 1);
class Fmt {
  show(x: number): string;
  show(x: string[]): string;
  show(x: any) { return Array.isArray(x) ? x.join("+") : x.toFixed(1); }
}
console.log(new Fmt().show(3), new Fmt().show(["a", "b"]));
