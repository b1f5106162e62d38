// A hand-written tokenizer for a tiny expression language, without regular expressions.
type Token = { kind: string; text: string; pos: number };
function isDigit(c: string) { return c >= "0" && c <= "9"; }
function isIdent(c: string) { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_"; }
function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "\n" || c === "\t") { i++; continue; }
    const start = i;
    if (isDigit(c)) {
      while (i < src.length && (isDigit(src[i]) || src[i] === ".")) i++;
      out.push({ kind: "num", text: src.slice(start, i), pos: start });
    } else if (isIdent(c)) {
      while (i < src.length && (isIdent(src[i]) || isDigit(src[i]))) i++;
      const text = src.slice(start, i);
      out.push({ kind: ["let", "fn", "if"].includes(text) ? "kw" : "id", text, pos: start });
    } else if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') i++;
      out.push({ kind: "str", text: src.slice(start + 1, i), pos: start });
      i++;
    } else if ("=!<>".includes(c) && src[i + 1] === "=") {
      out.push({ kind: "op", text: c + "=", pos: start }); i += 2;
    } else {
      out.push({ kind: "+-*/()=<>;{},".includes(c) ? "op" : "err", text: c, pos: start }); i++;
    }
  }
  return out;
}
const toks = tokenize('let x1 = 3.5 * (y + 42);\nif x1 >= 10 { print("big") } @');
console.log(toks.length);
for (const t of toks) console.log(t.pos, t.kind, JSON.stringify(t.text));
