// readonly is a compile-time check only.
class Config {
  readonly name: string = "cfg";
  static readonly VERSION = 2;
  constructor(readonly id: number) {}
}
const c = new Config(7);
console.log(c.name, c.id, Config.VERSION);
(c as any).name = "changed";
console.log(c.name);
const ro: readonly number[] = [1, 2];
const ra: ReadonlyArray<string> = ["x"];
console.log(ro.length, ra[0]);
