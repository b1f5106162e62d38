// exit: 1
// throws: TypeError
// at: 7:45 11:19
// An engine error inside a getter: the getter's frame points at the failing read, the caller's at the property name.
class Track {
  private steps: number[] | undefined;
  get length(): number { return this.steps!.length; }
}
const track = new Track();
console.log("reading the length");
console.log(track.length);
