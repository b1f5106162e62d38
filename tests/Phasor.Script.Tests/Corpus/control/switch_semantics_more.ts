// switch compares with ===, evaluates case expressions in order only until one matches, and falls through.
const log: string[] = [];
const c = (label: string, value: unknown) => { log.push(label); return value; };
function classify(x: unknown) {
  log.length = 0;
  switch (x) {
    case c("one", 1): return "one:" + log.join(",");
    case c("string one", "1"): return "string:" + log.join(",");
    default: return "default:" + log.join(",");
    case c("two", 2): return "two:" + log.join(",");
  }
}
console.log(classify(1), classify("1"), classify(2), classify(3), classify(true));
function fall(n: number) {
  const out: string[] = [];
  switch (n) {
    case 0: out.push("zero");
    default: out.push("default");
    case 1: out.push("one"); break;
    case 2: out.push("two");
  }
  return out.join("+");
}
console.log(fall(0), fall(1), fall(2), fall(9));
const key = {};
switch (key) { case {}: console.log("never: distinct objects"); break; case key: console.log("same object"); }
switch (NaN) { case NaN: console.log("never: NaN !== NaN"); break; default: console.log("NaN matches nothing"); }
switch (-0) { case 0: console.log("-0 === 0"); }
for (let i = 0; i < 4; i++) {
  switch (i) {
    case 1: continue;
    case 2: { const scoped = i * 10; log.push("scoped " + scoped); break; }
    case 3: log.push("three");
  }
  log.push("after " + i);
}
console.log(log.slice(-5).join(" | "));
const fns: (() => number)[] = [];
switch (1) { case 1: let captured = 5; fns.push(() => captured); captured = 6; }
console.log(fns[0]());
try {
  switch (2) { case 1: let early = 1; break; case 2: early = 2; }
} catch (e) { console.log((e as Error).name); }
switch ("x") {}
const result = (() => { switch (typeof null) { case "object": return "typeof null is object"; } return "?"; })();
console.log(result);
