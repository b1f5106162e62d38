// Sorting strings with a comparator built from < and >.
const keys = ["c#4", "a3", "C4", "b2", "a#3", "A3"];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
console.log(keys.slice().sort(cmp).join(" "));
console.log(keys.slice().sort((a, b) => -cmp(a, b)).join(" "));
console.log(keys.slice().sort((a, b) => a.length - b.length || cmp(a, b)).join(" "));
