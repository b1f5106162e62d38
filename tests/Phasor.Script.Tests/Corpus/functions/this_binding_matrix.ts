// Where this comes from: the receiver of a method call, bind/call/apply, new, or the enclosing function for arrows.
class Synth {
  name = "synth";
  play() { return this === undefined ? "no receiver" : "play " + this.name; }
  arrowPlay = () => "arrow " + this.name;
  later() { return [1].map(() => this.name)[0]; }
  withThisArg() { return [1].map(function (this: any) { return this.tag; }, { tag: "thisArg" })[0]; }
}
const s = new Synth();
const { play, arrowPlay } = s;
console.log(s.play(), s.arrowPlay(), s.later(), s.withThisArg());
console.log(play.call(s), play.apply({ name: "applied" }), play.bind({ name: "bound" })(), arrowPlay.call({ name: "ignored" }));
try { play(); } catch (e) { console.log("unbound class method:", (e as Error).name); }
console.log(play.call(undefined));
const obj = {
  label: "obj",
  regular() { return this.label; },
  arrow: () => typeof this,
  nested() { const inner = () => this.label; return inner(); },
  deep: { label: "deep", get() { return this.label; } },
};
console.log(obj.regular(), obj.arrow(), obj.nested(), obj.deep.get(), (0, obj.deep.get).call(obj));
const twice = s.play.bind({ name: "first" }).bind({ name: "second" });
console.log(twice(), twice.name, typeof twice.prototype);
function Maker(this: any, n: number) { this.n = n; }
const BoundMaker = (Maker as any).bind(null, 7);
const made = new BoundMaker();
console.log(made.n, made instanceof (Maker as any), made instanceof BoundMaker);
const method = obj.regular;
console.log([obj].map(method.bind(obj))[0], (obj as any)["regular"](), (obj.regular)());
class Chain { v = 0; add(n: number) { this.v += n; return this; } }
console.log(new Chain().add(1).add(2).add(3).v);
