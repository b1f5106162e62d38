// map, filter and reduce with index arguments and initial values.
const a = [1, 2, 3, 4, 5];
console.log(a.map(x => x * 2).join(), a.map((x, i) => x * i).join());
console.log(a.filter(x => x % 2).join(), a.filter((_, i) => i > 2).join());
console.log(a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 100));
console.log(a.reduce((acc: string[], x) => (x > 2 ? [...acc, "n" + x] : acc), []).join());
console.log(["a", "b"].reduce((s, x, i, arr) => s + x + i + arr.length, ""));
console.log(a.reduce((s, x) => x + s, ""));
