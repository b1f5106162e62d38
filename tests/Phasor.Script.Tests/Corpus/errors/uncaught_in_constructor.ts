// exit: 1
// throws: RangeError: note out of range: 128
// at: 7:39 12:1
// An error thrown from a class constructor.
class Voice {
  constructor(readonly note: number) {
    if (note < 0 || note > 127) throw new RangeError("note out of range: " + note);
    console.log("voice", note);
  }
}
new Voice(60);
new Voice(128);
