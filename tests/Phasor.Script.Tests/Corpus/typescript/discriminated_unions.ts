// Discriminated unions dispatched with switch.
type Event =
  | { kind: "noteOn"; note: number; vel: number }
  | { kind: "noteOff"; note: number }
  | { kind: "tempo"; bpm: number };
function handle(e: Event): string {
  switch (e.kind) {
    case "noteOn": return `on ${e.note} @${e.vel}`;
    case "noteOff": return `off ${e.note}`;
    case "tempo": return `bpm ${e.bpm}`;
  }
}
const events: Event[] = [{ kind: "tempo", bpm: 128 }, { kind: "noteOn", note: 60, vel: 100 }, { kind: "noteOff", note: 60 }];
console.log(events.map(handle).join("; "));
