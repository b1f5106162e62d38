// Object literal methods use this; nested functions do not inherit it.
const counter = {
  count: 0,
  increment() { this.count++; return this; },
  incLater() { return () => this.increment(); },
};
counter.increment().increment();
counter.incLater()();
console.log(counter.count);
const other = { count: 100, increment: counter.increment };
other.increment();
console.log(counter.count, other.count);
