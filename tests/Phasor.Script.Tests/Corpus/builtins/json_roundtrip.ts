// Round trips preserve numbers, strings and nesting.
const values: any[] = [0, -1.5, 1e21, 1e-7, 0.1 + 0.2, "ü\u0000", [[[]]], { "": 1, " ": 2 }, [null, true, false]];
for (const v of values) {
  const s = JSON.stringify(v);
  console.log(s, JSON.stringify(JSON.parse(s)) === s);
}
