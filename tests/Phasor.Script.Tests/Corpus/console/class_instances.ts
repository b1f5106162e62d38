// Class instances print with their class name; accessors on the prototype are hidden.
class Voice { freq = 440; gain = 0.5; get level() { return this.gain * 2; } }
class Poly { voices = [new Voice(), new Voice()]; name = "poly"; }
class Empty {}
class WithStatic { static count = 1; x = 1; }
console.log(new Voice());
console.log(new Poly());
console.log(new Empty(), [new Empty()]);
console.log(new WithStatic());
class Sub extends Voice { extra = true; }
console.log(new Sub());
