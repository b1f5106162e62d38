// A step sequencer with per-step probability from a seeded random generator, swing, and a transport state machine.
class Lcg {
  private state: number;
  constructor(seed: number) { this.state = seed >>> 0; }
  next(): number { this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0; return this.state / 4294967296; }
}
type TransportState = "stopped" | "playing" | "paused";
interface Step { note: number | null; probability: number; velocity: number }
class Track {
  readonly steps: Step[];
  constructor(public readonly name: string, pattern: string, private readonly root: number) {
    this.steps = [...pattern].map((ch, i) => ch === "." ? { note: null, probability: 0, velocity: 0 }
      : { note: this.root + (ch === "x" ? 0 : parseInt(ch, 36) % 12), probability: ch === "?" ? 0.5 : 1, velocity: i % 4 === 0 ? 110 : 80 });
  }
}
class Transport {
  private state: TransportState = "stopped";
  private readonly history: string[] = [];
  private static readonly moves: Record<TransportState, Partial<Record<string, TransportState>>> = {
    stopped: { play: "playing" },
    playing: { pause: "paused", stop: "stopped" },
    paused: { play: "playing", stop: "stopped" },
  };
  send(event: string): boolean {
    const next = Transport.moves[this.state][event];
    this.history.push(`${this.state} --${event}--> ${next ?? "(ignored)"}`);
    if (next === undefined) return false;
    this.state = next;
    return true;
  }
  get current() { return this.state; }
  get log() { return this.history.join("\n"); }
}
class Sequencer {
  private position = 0;
  private readonly rng = new Lcg(2024);
  constructor(private readonly tracks: Track[], private readonly bpm: number, private readonly swing: number) {}
  stepTime(step: number): number {
    const sixteenth = 60 / this.bpm / 4;
    return step * sixteenth + (step % 2 === 1 ? sixteenth * this.swing : 0);
  }
  tick(): string[] {
    const events: string[] = [];
    for (const track of this.tracks) {
      const step = track.steps[this.position % track.steps.length];
      if (step.note === null) continue;
      const roll = this.rng.next();
      if (roll >= step.probability) { events.push(`${track.name}:skip(${roll.toFixed(3)})`); continue; }
      events.push(`${track.name}:${step.note}@${step.velocity}`);
    }
    this.position++;
    return events;
  }
}
const transport = new Transport();
const seq = new Sequencer([new Track("kick", "x...x...x..?x...", 36), new Track("bass", "x.3.?.7.x.a.?.5.", 48), new Track("hat", ".x.x.x.x.x.x.x.?", 70)], 120, 0.2);
transport.send("pause");
transport.send("play");
for (let step = 0; step < 16 && transport.current === "playing"; step++) {
  const events = seq.tick();
  console.log(`${String(step).padStart(2, "0")} t=${seq.stepTime(step).toFixed(4)}s ${events.join(" ") || "-"}`);
  if (step === 7) transport.send("pause");
}
transport.send("play");
transport.send("stop");
transport.send("stop");
console.log(transport.log);
