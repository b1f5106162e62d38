// A method called without its object gets undefined this (class bodies are strict).
class Counter {
  count = 0;
  inc() { return ++this.count; }
  safeInc = () => ++this.count;
}
const c = new Counter();
const inc = c.inc;
try {
  inc();
} catch (e) {
  console.log(e instanceof TypeError, (e as Error).name);
}
const safe = c.safeInc;
safe(); safe();
console.log(c.count);
const bound = c.inc.bind(c);
console.log(bound(), c.count);
