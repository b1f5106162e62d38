// An event emitter with on, off, once and ordered listeners.
type Listener = (...args: any[]) => void;
class Emitter {
  private listeners = new Map<string, Listener[]>();
  on(ev: string, fn: Listener) { const l = this.listeners.get(ev) ?? []; l.push(fn); this.listeners.set(ev, l); return this; }
  off(ev: string, fn: Listener) { const l = this.listeners.get(ev); if (l) this.listeners.set(ev, l.filter(f => f !== fn && (f as any).orig !== fn)); return this; }
  once(ev: string, fn: Listener) { const w: any = (...a: any[]) => { this.off(ev, w); fn(...a); }; w.orig = fn; return this.on(ev, w); }
  emit(ev: string, ...args: any[]) { const l = this.listeners.get(ev); if (!l || l.length === 0) return false; for (const f of l.slice()) f(...args); return true; }
  count(ev: string) { return this.listeners.get(ev)?.length ?? 0; }
}
const e = new Emitter();
const log: string[] = [];
const onBeat = (n: number) => log.push("beat" + n);
e.on("beat", onBeat).once("beat", (n: number) => log.push("first" + n)).on("bar", (n: number, name: string) => log.push(`bar${n}:${name}`));
e.emit("beat", 1); e.emit("beat", 2); e.emit("bar", 1, "intro");
e.off("beat", onBeat);
console.log(e.emit("beat", 3), e.emit("nothing"), e.count("beat"), e.count("bar"));
console.log(log.join(" "));
