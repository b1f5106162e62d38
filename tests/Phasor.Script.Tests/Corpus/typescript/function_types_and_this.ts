// this parameters and function type annotations are erased.
interface Synth { freq: number; detune(this: Synth, cents: number): number }
const synth: Synth = {
  freq: 440,
  detune(this: Synth, cents: number) { return this.freq * 2 ** (cents / 1200); },
};
console.log(synth.detune(0), synth.detune(1200), synth.detune(-1200));
type BinOp = (a: number, b: number) => number;
const ops: Record<string, BinOp> = { add: (a, b) => a + b, mul: (a, b) => a * b };
console.log(Object.keys(ops).map(k => k + "=" + ops[k](3, 4)).join(" "));
