// Static state shared across instances and subclasses.
class Voice {
  static active = 0;
  static made = 0;
  id: number;
  constructor() { this.id = ++Voice.made; Voice.active++; }
  release() { Voice.active--; return this; }
}
class Synth extends Voice {}
const vs = [new Voice(), new Synth(), new Synth()];
vs[0].release();
console.log(Voice.active, Voice.made, vs.map(v => v.id).join(","), (Synth as any).made);
