// slice accepts negative indices; substring swaps and clamps its arguments.
const s = "abcdefgh";
console.log(s.slice(2), s.slice(2, 5), s.slice(-3), s.slice(-3, -1), s.slice(5, 2) === "");
console.log(s.substring(2, 5), s.substring(5, 2), s.substring(-3), s.substring(3, 100));
console.log(s.slice(0), s.slice(100) === "", s.substring(NaN as any, 2));
