// A task scheduler simulation: classes with inheritance, fields, methods, a getter and packets passed
// between tasks through linked-list queues. Measures property reads and writes, method calls and `new`.
class Packet {
  next: Packet | null = null;
  kind: number;
  payload: number;
  hops = 0;

  constructor(kind: number, payload: number) {
    this.kind = kind;
    this.payload = payload;
  }
}

class Queue {
  head: Packet | null = null;
  tail: Packet | null = null;
  length = 0;

  push(packet: Packet): void {
    packet.next = null;
    if (this.tail === null) {
      this.head = packet;
    } else {
      this.tail.next = packet;
    }
    this.tail = packet;
    this.length++;
  }

  shift(): Packet | null {
    const packet = this.head;
    if (packet !== null) {
      this.head = packet.next;
      if (this.head === null) {
        this.tail = null;
      }
      this.length--;
    }
    return packet;
  }
}

abstract class Task {
  readonly id: number;
  priority: number;
  inbox = new Queue();
  link: Task | null = null;
  steps = 0;

  constructor(id: number, priority: number) {
    this.id = id;
    this.priority = priority;
  }

  get ready(): boolean {
    return this.inbox.length > 0;
  }

  abstract step(scheduler: Scheduler): void;
}

class Producer extends Task {
  seed: number;
  target: Task | null = null;

  constructor(id: number, seed: number) {
    super(id, 1);
    this.seed = seed;
  }

  step(scheduler: Scheduler): void {
    this.seed = (this.seed * 1103 + 12345) % 65536;
    scheduler.send(scheduler.allocate(this.seed & 3, this.seed), this.target!);
    this.steps++;
  }
}

class Worker extends Task {
  factor: number;
  total = 0;
  target: Task | null = null;

  constructor(id: number, priority: number, factor: number) {
    super(id, priority);
    this.factor = factor;
  }

  step(scheduler: Scheduler): void {
    const packet = this.inbox.shift()!;
    packet.hops++;
    packet.payload = (packet.payload * this.factor + packet.kind) % 10007;
    this.total += packet.payload;
    this.steps++;
    scheduler.send(packet, this.target!);
  }
}

class Sink extends Task {
  checksum = 0;

  constructor(id: number) {
    super(id, 5);
  }

  step(scheduler: Scheduler): void {
    let packet = this.inbox.shift();
    while (packet !== null) {
      this.checksum = (this.checksum * 31 + packet.payload + packet.hops) % 1000003;
      scheduler.release(packet);
      packet = this.inbox.shift();
    }
    this.steps++;
  }
}

class Scheduler {
  first: Task | null = null;
  free: Packet | null = null;
  created = 0;
  messages = 0;

  add(task: Task): void {
    task.link = this.first;
    this.first = task;
  }

  allocate(kind: number, payload: number): Packet {
    const packet = this.free;
    if (packet === null) {
      this.created++;
      return new Packet(kind, payload);
    }
    this.free = packet.next;
    packet.kind = kind;
    packet.payload = payload;
    packet.hops = 0;
    return packet;
  }

  release(packet: Packet): void {
    packet.next = this.free;
    this.free = packet;
  }

  send(packet: Packet, target: Task): void {
    this.messages++;
    target.inbox.push(packet);
  }

  /** Runs the ready task of highest priority, the least run first among equals (producers are always ready). */
  runOnce(): void {
    let best: Task | null = null;
    for (let task = this.first; task !== null; task = task.link) {
      if ((task.ready || task instanceof Producer) && (best === null || task.priority > best.priority ||
          (task.priority === best.priority && task.steps < best.steps))) {
        best = task;
      }
    }
    best!.step(this);
  }
}

function bench(): number {
  const scheduler = new Scheduler();
  const sink = new Sink(0);
  scheduler.add(sink);
  const producers: Producer[] = [];
  for (let chain = 0; chain < 4; chain++) {
    let next: Task = sink;
    for (let i = 0; i < 3; i++) {
      const worker = new Worker(10 * chain + i + 1, 2 + i, 3 + chain + i);
      worker.target = next;
      scheduler.add(worker);
      next = worker;
    }
    const producer = new Producer(100 + chain, chain * 7 + 1);
    producer.target = next;
    scheduler.add(producer);
    producers.push(producer);
  }
  for (let i = 0; i < 40000; i++) {
    scheduler.runOnce();
  }
  let steps = 0;
  for (let task = scheduler.first; task !== null; task = task.link) {
    steps += task.steps;
  }
  return sink.checksum + steps * 7 + scheduler.messages + scheduler.created;
}
