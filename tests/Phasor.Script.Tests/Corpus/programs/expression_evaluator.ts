// A recursive-descent evaluator for arithmetic with variables and precedence.
class Parser {
  private pos = 0;
  constructor(private src: string, private vars: Record<string, number>) {}
  private peek() { while (this.src[this.pos] === " ") this.pos++; return this.src[this.pos]; }
  private expect(c: string) { if (this.peek() !== c) throw new SyntaxError(`expected '${c}' at ${this.pos}`); this.pos++; }
  parse() { const v = this.expr(); if (this.peek() !== undefined) throw new SyntaxError(`unexpected '${this.peek()}' at ${this.pos}`); return v; }
  private expr(): number {
    let v = this.term();
    for (let c = this.peek(); c === "+" || c === "-"; c = this.peek()) { this.pos++; v = c === "+" ? v + this.term() : v - this.term(); }
    return v;
  }
  private term(): number {
    let v = this.factor();
    for (let c = this.peek(); c === "*" || c === "/" || c === "%"; c = this.peek()) {
      this.pos++; const r = this.factor();
      v = c === "*" ? v * r : c === "/" ? v / r : v % r;
    }
    return v;
  }
  private factor(): number {
    const base = this.unary();
    if (this.peek() === "^") { this.pos++; return base ** this.factor(); }
    return base;
  }
  private unary(): number {
    const c = this.peek();
    if (c === "-") { this.pos++; return -this.unary(); }
    if (c === "(") { this.pos++; const v = this.expr(); this.expect(")"); return v; }
    const start = this.pos;
    while (this.pos < this.src.length && ((this.src[this.pos] >= "0" && this.src[this.pos] <= "9") || this.src[this.pos] === ".")) this.pos++;
    if (this.pos > start) return Number(this.src.slice(start, this.pos));
    while (this.pos < this.src.length && this.src[this.pos] >= "a" && this.src[this.pos] <= "z") this.pos++;
    const name = this.src.slice(start, this.pos);
    if (!name) throw new SyntaxError(`unexpected '${c ?? "end"}' at ${start}`);
    if (!(name in this.vars)) throw new ReferenceError(`unknown variable ${name}`);
    return this.vars[name];
  }
}
const vars = { x: 3, bpm: 120, pi: 3.14159 };
for (const src of ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "bpm / 60 * 4", "10 % 4 - -1", "1 +", "(2", "y * 2", "0.1 + 0.2"]) {
  try { console.log(src, "=", new Parser(src, vars).parse()); }
  catch (e) { console.log(src, "->", (e as Error).name, (e as Error).message); }
}
