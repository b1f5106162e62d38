// Spread reads holes as undefined, iterates strings by code point, and expands Maps, Sets and iterators.
const holey = [1, , 3];
console.log([...holey].length, 1 in [...holey], JSON.stringify([...holey]), holey.length, 1 in holey);
console.log([..."a😀b"].length, [..."héllo"].join("|"), [...new Set([1, 1, 2])].join(), JSON.stringify([...new Map([["k", 1]])]));
console.log(Math.max(...[]), Math.min(...[3, 1, 2]), Math.max(...[1, 5], ...new Set([9]), 4));
const big = Array.from({ length: 1000 }, (_, i) => i);
console.log(Math.max(...big), [...big, ...big].length, String.fromCharCode(...[72, 105]));
function count(...args: unknown[]) { return args.length + ":" + args.map(a => a === undefined ? "u" : String(a)).join(""); }
console.log(count(...holey), count(..."ab", ...[1]), count(...[], ...[]), count(...new Map([[1, 2]]).keys()));
const obj = { a: 1, b: 2 };
const copy = { ...obj, b: 3, ...{ c: 4 }, ...null, ...undefined, ..."hi" as any, ...[9] as any };
console.log(JSON.stringify(copy));
const withGetter = { get g() { return "computed"; } };
const spread = { ...withGetter };
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(spread, "g")));
const arr = [1, 2, 3];
const [first, ...rest] = arr;
const merged = [0, ...arr, 4, ...rest];
console.log(first, rest.join(), merged.join(), merged.length);
const sparse = [, , ,];
console.log(sparse.length, [...sparse].length, sparse.map(x => 1).length, Object.keys(sparse).length, sparse.join("-"));
console.log([1, , 3].indexOf(undefined as any), [1, , 3].includes(undefined as any), [1, , 3].findIndex(x => x === undefined));
console.log(new Array(3).length, new Array(3).join("x"), Array(2, 3).join(), Array.apply(null, Array(2) as any).length, [,].length);
