// Field declarations without initialisers are real fields; declare fields produce nothing.
class Voice {
  note!: number;
  label?: string;
  declare hostHandle: number;
  gain = 1;
  constructor(n?: number) { if (n !== undefined) this.note = n; }
}
const v = new Voice();
console.log(Object.keys(v).join(","), "hostHandle" in v, v.note, v.label);
console.log(new Voice(60));
class Base { kind = "base"; }
class Derived extends Base { declare kind: string; extra?: number; }
console.log(new Derived());
