// slice copies a range; negative indices count from the end.
const a = [0, 1, 2, 3, 4, 5];
console.log(a.slice(2).join(), a.slice(1, 3).join(), a.slice(-2).join(), a.slice(-4, -1).join());
console.log(a.slice().join(), a.slice(4, 2).length, a.slice(10).length, a.slice(-100, 2).join());
const copy = a.slice();
copy[0] = 99;
console.log(a[0], copy[0], copy === a);
console.log(a.slice(1.7, 3.2).join(), a.slice("2" as any).join());
