// Malformed JSON throws a SyntaxError.
const bad = ["", "{", "[1,]", "{'a':1}", "{a:1}", "01", "NaN", "undefined", '"unterminated', "1 2", "[1] x", ".5", "+1"];
for (const text of bad) {
  try { JSON.parse(text); console.log(JSON.stringify(text), "parsed"); }
  catch (e) { console.log(JSON.stringify(text), e instanceof SyntaxError); }
}
