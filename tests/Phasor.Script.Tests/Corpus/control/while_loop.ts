// while loops, including one that never runs.
let i = 0;
while (i < 5) { i += 2; console.log(i); }
while (false) console.log("never");
let collatz = 27, steps = 0, peak = 0;
while (collatz !== 1) {
  collatz = collatz % 2 === 0 ? collatz / 2 : 3 * collatz + 1;
  if (collatz > peak) peak = collatz;
  steps++;
}
console.log(steps, peak);
