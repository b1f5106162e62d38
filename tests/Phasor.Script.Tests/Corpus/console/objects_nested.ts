// Nested objects print inline until depth 2, deeper levels as [Object] and [Array].
console.log({ a: 1, b: "two", c: [3], d: { e: null } });
console.log({ level1: { level2: { level3: { level4: "deep" } } } });
console.log({ arr: [[[["deep"]]]] });
console.log([{ a: { b: { c: {} } } }]);
console.log({ empty: {}, emptyArr: [], u: undefined, n: null });
