// sort without a comparator orders elements as strings.
console.log([10, 9, 1, 100, 25, 2].sort().join());
console.log([-1, -2, 3, 0, -10].sort().join());
console.log(["banana", "apple", "Cherry", "cherry", "10", "9"].sort().join());
console.log([3, undefined, 1, null, 2].sort().map(String).join());
console.log([true, false, "m", 5].sort().join());
const a = [3, 1, 2];
console.log(a.sort() === a, a.join());
