// Arrow functions take this from the enclosing function.
class Timer {
  ticks = 0;
  start() {
    const tick = () => { this.ticks++; };
    [1, 2, 3].forEach(tick);
    return this.ticks;
  }
  startWithFunction() {
    const self = this;
    [1, 2].forEach(function () { self.ticks += 10; });
    return this.ticks;
  }
}
const t = new Timer();
console.log(t.start(), t.startWithFunction());
const obj = {
  v: 42,
  make() { return () => this.v; },
};
const f = obj.make();
console.log(f(), f.call({ v: 0 }));
