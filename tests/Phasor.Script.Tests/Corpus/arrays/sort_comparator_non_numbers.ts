// Comparators may return any value: it is converted with ToNumber, and NaN counts as 0 (equal).
const nums = [5, 1, 4, 2, 3];
console.log([...nums].sort((a, b) => String(a - b) as any).join());
console.log([...nums].sort((a, b) => (a < b ? "-1" : a > b ? "1" : "0") as any).join());
console.log([...nums].sort(() => NaN).join(), [...nums].sort(() => undefined as any).join(), [...nums].sort(() => null as any).join());
console.log([...nums].sort((a, b) => ({ valueOf: () => b - a }) as any).join());
// Stable: equal elements keep their order, whatever the comparator says about them.
const people = [
  { name: "ann", age: 30 }, { name: "bob", age: 25 }, { name: "cid", age: 30 }, { name: "dee", age: 25 },
  { name: "eve", age: 30 }, { name: "fay", age: 25 }, { name: "gus", age: 41 },
];
console.log(people.slice().sort((a, b) => a.age - b.age).map(p => p.name).join());
console.log(people.slice().sort((a, b) => (a.age === b.age ? 0 : a.age < b.age ? -Infinity : Infinity)).map(p => p.name).join());
// undefined sorts last and never reaches the comparator; holes go after undefined.
let calls = 0;
const withUndefined = [3, undefined, 1, undefined, 2];
console.log(withUndefined.sort((a, b) => { calls++; return (a as number) - (b as number); }).join("|"), calls > 0);
const sparse = [3, , 1, undefined, 2];
sparse.sort();
console.log(sparse.length, 3 in sparse, 4 in sparse, sparse[3]);
// The default order compares strings by UTF-16 code units.
console.log([10, 9, 1, 100, -1, -10].sort().join(), ["b", "B", "a", "A", "é", "e"].sort().join());
console.log([true, false, null, "x", 2].sort().map(String).join());
// sort returns the same array; toSorted returns a new one.
const orig = [2, 1];
console.log(orig.sort() === orig, orig.toSorted((a, b) => b - a).join(), orig.join());
