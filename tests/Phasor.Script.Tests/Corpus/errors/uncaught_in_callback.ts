// exit: 1
// throws: Error: bad item 2
// at: 7:22 5:11
// An error thrown inside an array callback propagates out of forEach uncaught.
[1, 2, 3].forEach(x => {
  console.log("item", x);
  if (x === 2) throw new Error("bad item " + x);
});
