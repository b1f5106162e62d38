// exit: 1
// throws: RangeError: incomparable
// at: 7:29 11:7
// An error thrown by a comparator passed to sort: the stack shows the comparator, then the sort call (the built-in has no frame).
const notes = [64, 60, 67, -1, 62];
function byPitch(a: number, b: number): number {
  if (a < 0 || b < 0) throw new RangeError("incomparable");
  return a - b;
}
console.log("sorting");
notes.sort(byPitch);
console.log("never printed");
