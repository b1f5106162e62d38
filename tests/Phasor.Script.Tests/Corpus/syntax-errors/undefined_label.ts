// Error 1: "break" names a label that does not exist.
// Error 2: "continue" names a label that is not a loop label.
for (let i = 0; i < 3; i++) {
  break nowhere;
}
block: {
  for (;;) { continue block; }
}
