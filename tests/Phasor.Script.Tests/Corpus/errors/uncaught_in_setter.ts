// exit: 1
// throws: RangeError: tempo out of range: 480
// at: 9:28 15:15
// An error thrown from a setter, reached through a compound assignment in a loop.
class Clock {
  private bpm = 120;
  get tempo() { return this.bpm; }
  set tempo(value: number) {
    if (value > 300) throw new RangeError("tempo out of range: " + value);
    this.bpm = value;
  }
}
const clock = new Clock();
for (let i = 0; i < 5; i++) {
  clock.tempo *= 2;
  console.log(clock.tempo);
}
