// Math.random returns values in [0, 1); only properties of the results are printed.
let ok = true;
let min = 1, max = 0;
for (let i = 0; i < 10000; i++) {
  const r = Math.random();
  if (!(r >= 0 && r < 1)) ok = false;
  if (r < min) min = r;
  if (r > max) max = r;
}
console.log(ok, min < 0.01, max > 0.99, typeof Math.random());
const pick = ["a", "b", "c"][Math.floor(Math.random() * 3)];
console.log(["a", "b", "c"].includes(pick));
