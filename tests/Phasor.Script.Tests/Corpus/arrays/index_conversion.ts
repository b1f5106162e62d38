// Indices are property keys: strings of integers and numbers are the same index.
const a: any[] = ["zero", "one"];
console.log(a["0"], a[1.0], a["1"], a["01"], a[-0]);
a["2"] = "two";
console.log(a.length);
a["x"] = "prop";
console.log(a.length, a.x, Object.keys(a).join());
a[-1] = "neg";
console.log(a.length, a[-1]);
