// if / else if / else chains and truthiness of conditions.
function classify(x: any) {
  if (x === null) return "null";
  else if (x === undefined) return "undefined";
  else if (typeof x === "number") {
    if (x > 0) return "positive";
    else if (x < 0) return "negative";
    else return "zero";
  } else return "other";
}
for (const v of [1, -1, 0, null, undefined, "s"]) console.log(classify(v));
const truthy: any[] = [0, 1, "", "0", [], {}, NaN, null, -0, "false"];
console.log(truthy.map(v => (v ? "T" : "F")).join(""));
