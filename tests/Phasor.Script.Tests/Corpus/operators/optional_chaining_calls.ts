// Optional chaining short-circuits the whole chain and keeps this for method calls.
const synth: any = {
  name: "lead",
  voice: { gain: 0.5, describe() { return this.gain; } },
  play(note: number) { return this.name + ":" + note; },
  missing: null,
};
console.log(synth?.play(60), synth.play?.(61), synth.voice?.describe(), synth.stop?.(), synth.missing?.deep.deeper.call());
let calls = 0;
const count = () => ++calls;
console.log(synth.missing?.[count()], synth.nothing?.(count()), calls);
console.log(synth?.["play"](62), synth.voice?.["describe"]?.(), (synth?.voice).gain);
const list: any[] | null = null;
console.log(list?.length, list?.[0], list?.map((x: number) => x * 2));
try { synth.name?.(); } catch (e) { console.log((e as Error).name, (e as Error).message); }
try { synth.missing.deep; } catch (e) { console.log((e as Error).name); }
const chained: any = { a: { b: { c: () => "deep call" } } };
console.log(chained?.a?.b?.c?.(), chained.x?.y.z.w(), chained.a.b?.c());
delete synth?.voice?.gain;
console.log(JSON.stringify(synth.voice), delete synth.missing?.x);
const fnOrUndefined: ((x: number) => number) | undefined = Math.random() > 2 ? (x => x) : undefined;
console.log(fnOrUndefined?.(5) ?? "no function");
class Player { tag = "p"; who() { return this?.tag; } }
const p: Player | undefined = new Player();
console.log(p?.who(), (p?.who)());
