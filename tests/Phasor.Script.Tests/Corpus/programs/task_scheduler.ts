// A cooperative task scheduler: tasks in a doubly linked run queue, each running in time slices.
class Task {
  prev: Task | null = null;
  next: Task | null = null;
  done = 0;
  constructor(readonly name: string, readonly work: number, readonly priority: number) {}
  step(slice: number) { const n = Math.min(slice * this.priority, this.work - this.done); this.done += n; return n; }
  get finished() { return this.done >= this.work; }
}
class RunQueue {
  head: Task | null = null;
  tail: Task | null = null;
  length = 0;
  push(t: Task) {
    t.prev = this.tail; t.next = null;
    if (this.tail) this.tail.next = t; else this.head = t;
    this.tail = t; this.length++;
  }
  remove(t: Task) {
    if (t.prev) t.prev.next = t.next; else this.head = t.next;
    if (t.next) t.next.prev = t.prev; else this.tail = t.prev;
    t.prev = t.next = null; this.length--;
  }
}
class Scheduler {
  queue = new RunQueue();
  clock = 0;
  log: string[] = [];
  add(t: Task) { this.queue.push(t); return this; }
  run(slice: number) {
    while (this.queue.length > 0) {
      for (let t = this.queue.head; t; ) {
        const next = t.next;
        this.clock += t.step(slice);
        if (t.finished) { this.queue.remove(t); this.log.push(`${t.name}@${this.clock}`); }
        t = next;
      }
    }
    return this.log;
  }
}
const s = new Scheduler().add(new Task("render", 40, 2)).add(new Task("midi", 5, 1)).add(new Task("ui", 18, 1)).add(new Task("disk", 30, 3));
console.log(s.run(4).join(" "));
console.log("clock", s.clock, "left", s.queue.length, s.queue.head);
