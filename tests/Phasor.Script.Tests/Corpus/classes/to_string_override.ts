// A custom toString is used by String(), templates and concatenation.
class Money {
  constructor(private cents: number) {}
  toString() { return "$" + (this.cents / 100).toFixed(2); }
  valueOf() { return this.cents; }
}
const m = new Money(1999);
console.log(String(m), `${m}`, m + "", m + 1, (m as any) > 1000);
console.log([new Money(5), new Money(250)].join(" + "));
