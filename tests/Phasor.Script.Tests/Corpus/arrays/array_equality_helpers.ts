// Comparing arrays element by element with every.
function eq(a: number[], b: number[]) { return a.length === b.length && a.every((x, i) => x === b[i]); }
console.log(eq([1, 2], [1, 2]), eq([1, 2], [2, 1]), eq([], []), [1, 2] === [1, 2] as any);
console.log(String([1, 2]) === String([1, 2]), JSON.stringify([1, [2]]) === "[1,[2]]");
