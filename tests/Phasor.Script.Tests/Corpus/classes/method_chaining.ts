// Methods returning this allow fluent chains.
class Builder {
  private parts: string[] = [];
  add(p: string) { this.parts.push(p); return this; }
  repeat(n: number) { const last = this.parts[this.parts.length - 1]; for (let i = 1; i < n; i++) this.parts.push(last); return this; }
  build(sep = " ") { return this.parts.join(sep); }
}
console.log(new Builder().add("bd").add("sn").repeat(3).add("hh").build());
console.log(new Builder().build("-") === "");
