// try/catch inside a loop lets the loop continue after errors.
const inputs = ["1", "x", "3", "", "5"];
let sum = 0;
const errors: string[] = [];
for (const s of inputs) {
  try {
    const n = Number(s);
    if (s === "" || isNaN(n)) throw new Error("bad input: '" + s + "'");
    sum += n;
  } catch (e) {
    errors.push((e as Error).message);
  }
}
console.log(sum, errors.length);
console.log(errors.join("; "));
