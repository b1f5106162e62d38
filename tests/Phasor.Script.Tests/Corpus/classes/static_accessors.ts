// Getters and setters can be static.
class Clock {
  static ticks = 0;
  static get seconds() { return Clock.ticks / 10; }
  static set seconds(s: number) { Clock.ticks = s * 10; }
}
Clock.ticks = 25;
console.log(Clock.seconds);
Clock.seconds = 4;
console.log(Clock.ticks);
