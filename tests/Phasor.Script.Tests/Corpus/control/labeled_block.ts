// break out of a labelled block that is not a loop.
block: {
  console.log("before");
  if (true) break block;
  console.log("skipped");
}
console.log("after");
let n = 0;
outer: while (true) {
  inner: do {
    n++;
    if (n < 3) continue inner;
    break outer;
  } while (true);
}
console.log(n);
