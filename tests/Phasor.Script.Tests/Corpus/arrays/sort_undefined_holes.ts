// sort puts undefined last and holes after undefined; the comparator never sees them.
const a: any[] = [3, undefined, 1, , 2];
const seen: any[] = [];
a.sort((x, y) => { seen.push(x, y); return x - y; });
console.log(a.length, a[3], a[4], 4 in a, seen.includes(undefined));
console.log(a.slice(0, 3).join());
