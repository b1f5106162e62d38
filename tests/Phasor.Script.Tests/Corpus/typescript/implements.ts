// implements clauses are erased.
interface Playable { play(): string }
interface Stoppable { stop(): string }
class Clip implements Playable, Stoppable {
  constructor(private name: string) {}
  play() { return "play " + this.name; }
  stop() { return "stop " + this.name; }
}
const items: Playable[] = [new Clip("a"), new Clip("b")];
console.log(items.map(i => i.play()).join(", "));
console.log((items[0] as Clip).stop());
