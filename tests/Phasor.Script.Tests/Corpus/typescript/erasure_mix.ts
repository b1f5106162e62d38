// A mix of TypeScript-only syntax that erases to nothing, next to the code it annotates.
type Hz = number;
type Shape = { kind: "sine" } | { kind: "pulse"; width: number };
interface Voice<T extends Shape = Shape> { readonly shape: T; freq: Hz; detune?: number; }
declare const declaredOnly: string;
abstract class Source<T> {
  protected abstract render(sample: number): T;
  private static created = 0;
  public readonly id: number;
  declare tag: string;
  constructor(protected readonly rate: Hz = 48000) { this.id = ++Source.created; }
  renderMany(count: number): T[] { return Array.from({ length: count }, (_, i) => this.render(i)); }
}
class Ramp extends Source<number> {
  override render(sample: number): number { return sample / this.rate; }
}
function pick<T, K extends keyof T>(obj: T, key: K): T[K] { return obj[key]; }
function isPulse(s: Shape): s is { kind: "pulse"; width: number } { return s.kind === "pulse"; }
function assertDefined<T>(v: T | undefined): asserts v is T { if (v === undefined) throw new Error("undefined"); }
function over(x: string): string;
function over(x: number): number;
function over(x: any): any { return x; }
const voice: Voice = { shape: { kind: "pulse", width: 0.25 }, freq: 440 satisfies Hz };
const tuple: readonly [string, number] = ["a", 1] as const;
const maybe: string | undefined = tuple[0];
assertDefined(maybe);
const ramp = new Ramp(4);
console.log(ramp.renderMany(3).join(), ramp.id, pick(voice, "freq"), isPulse(voice.shape) ? voice.shape.width : 0);
console.log(over("s"), over(2), maybe!.length, (voice as unknown as { freq: number }).freq);
let definite!: number;
definite = 3;
const generic = <T,>(x: T): T[] => [x, x];
const enumLike = { A: "a" } as const;
type Keys = keyof typeof enumLike;
const k: Keys = "A";
console.log(definite, generic<number>(2).join(), enumLike[k], typeof declaredOnly === "undefined" ? "declare emits nothing" : "?");
class Implements implements Voice { readonly shape = { kind: "sine" as const }; freq = 1; }
console.log(JSON.stringify(new Implements()), Object.keys(new Ramp()).join());
