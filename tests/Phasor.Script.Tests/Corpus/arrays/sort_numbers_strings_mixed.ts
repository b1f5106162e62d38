// The default sort compares by string value even for mixed types.
console.log([5, "10", 1, "1", 20].sort().join(" "));
console.log([0.5, 1e21, 1e-7, 2, -0].sort().join(" "));
console.log(["b", "a", "B", "A", "_", "1"].sort().join(""));
const byLen = ["ccc", "a", "bb", "dd", "e"].sort((x, y) => x.length - y.length);
console.log(byLen.join());
