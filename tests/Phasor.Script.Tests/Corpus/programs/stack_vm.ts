// A tiny expression compiler and stack machine: tokenizer, recursive-descent parser, bytecode, interpreter.
type Token = { kind: "num" | "id" | "op" | "lp" | "rp" | "comma"; text: string };
type Expr =
  | { type: "num"; value: number }
  | { type: "var"; name: string }
  | { type: "bin"; op: string; left: Expr; right: Expr }
  | { type: "neg"; arg: Expr }
  | { type: "call"; fn: string; args: Expr[] };
enum Op { Push, Load, Add, Sub, Mul, Div, Pow, Neg, Call }
type Instr = [Op, (number | string)?, number?];

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " ") { i++; continue; }
    if ((c >= "0" && c <= "9") || c === ".") {
      let j = i; while (j < src.length && ((src[j] >= "0" && src[j] <= "9") || src[j] === ".")) j++;
      out.push({ kind: "num", text: src.slice(i, j) }); i = j; continue;
    }
    if ((c >= "a" && c <= "z") || c === "_") {
      let j = i; while (j < src.length && ((src[j] >= "a" && src[j] <= "z") || src[j] === "_" || (src[j] >= "0" && src[j] <= "9"))) j++;
      out.push({ kind: "id", text: src.slice(i, j) }); i = j; continue;
    }
    const kind = c === "(" ? "lp" : c === ")" ? "rp" : c === "," ? "comma" : "+-*/^".includes(c) ? "op" : null;
    if (kind === null) throw new SyntaxError(`unexpected '${c}' at ${i}`);
    out.push({ kind, text: c }); i++;
  }
  return out;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}
  parse(): Expr { const e = this.sum(); if (this.pos < this.tokens.length) throw new SyntaxError("trailing " + this.tokens[this.pos].text); return e; }
  private peek() { return this.tokens[this.pos]; }
  private sum(): Expr { let e = this.product(); while (this.peek()?.text === "+" || this.peek()?.text === "-") { const op = this.tokens[this.pos++].text; e = { type: "bin", op, left: e, right: this.product() }; } return e; }
  private product(): Expr { let e = this.power(); while (this.peek()?.text === "*" || this.peek()?.text === "/") { const op = this.tokens[this.pos++].text; e = { type: "bin", op, left: e, right: this.power() }; } return e; }
  private power(): Expr { const base = this.unary(); if (this.peek()?.text === "^") { this.pos++; return { type: "bin", op: "^", left: base, right: this.power() }; } return base; }
  private unary(): Expr { if (this.peek()?.text === "-") { this.pos++; return { type: "neg", arg: this.unary() }; } return this.atom(); }
  private atom(): Expr {
    const t = this.tokens[this.pos++];
    if (!t) throw new SyntaxError("unexpected end");
    if (t.kind === "num") return { type: "num", value: parseFloat(t.text) };
    if (t.kind === "lp") { const e = this.sum(); this.expect("rp"); return e; }
    if (t.kind === "id") {
      if (this.peek()?.kind !== "lp") return { type: "var", name: t.text };
      this.pos++;
      const args: Expr[] = [];
      if (this.peek()?.kind !== "rp") { do { args.push(this.sum()); } while (this.peek()?.kind === "comma" && ++this.pos); }
      this.expect("rp");
      return { type: "call", fn: t.text, args };
    }
    throw new SyntaxError("unexpected " + t.text);
  }
  private expect(kind: Token["kind"]) { if (this.tokens[this.pos++]?.kind !== kind) throw new SyntaxError("expected " + kind); }
}

function compile(e: Expr, code: Instr[] = []): Instr[] {
  switch (e.type) {
    case "num": code.push([Op.Push, e.value]); break;
    case "var": code.push([Op.Load, e.name]); break;
    case "neg": compile(e.arg, code); code.push([Op.Neg]); break;
    case "call": e.args.forEach(a => compile(a, code)); code.push([Op.Call, e.fn, e.args.length]); break;
    case "bin": {
      compile(e.left, code); compile(e.right, code);
      const ops: Record<string, Op> = { "+": Op.Add, "-": Op.Sub, "*": Op.Mul, "/": Op.Div, "^": Op.Pow };
      code.push([ops[e.op]]);
    }
  }
  return code;
}

const builtins: Record<string, (...xs: number[]) => number> = { max: Math.max, min: Math.min, abs: Math.abs, mtof: n => 440 * 2 ** ((n - 69) / 12) };
function run(code: Instr[], env: Record<string, number>): number {
  const stack: number[] = [];
  for (const [op, a, n] of code) {
    switch (op) {
      case Op.Push: stack.push(a as number); break;
      case Op.Load: if (!(String(a) in env)) throw new ReferenceError(`${a} is not bound`); stack.push(env[a as string]); break;
      case Op.Neg: stack.push(-stack.pop()!); break;
      case Op.Call: { const args = stack.splice(stack.length - n!, n!); stack.push(builtins[a as string](...args)); break; }
      default: {
        const r = stack.pop()!, l = stack.pop()!;
        stack.push(op === Op.Add ? l + r : op === Op.Sub ? l - r : op === Op.Mul ? l * r : op === Op.Div ? l / r : l ** r);
      }
    }
  }
  return stack[0];
}

const env = { note: 57, gain: 0.5, x: 3 };
for (const src of ["1 + 2 * 3", "-(2 ^ 3 ^ 2) / 4", "mtof(note) * gain", "max(1, x * 2, min(10, 4)) - abs(-2)", "2 * (x + 1", "y + 1", "3 $ 4"]) {
  try {
    const code = compile(new Parser(tokenize(src)).parse());
    console.log(src.padEnd(36), "=>", String(run(code, env)).padStart(8), `(${code.length} ops: ${code.map(i => Op[i[0]]).join(" ")})`);
  } catch (e) {
    console.log(src.padEnd(36), "!!", (e as Error).name + ": " + (e as Error).message);
  }
}
