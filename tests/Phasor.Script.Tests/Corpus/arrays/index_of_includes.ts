// indexOf uses ===, includes uses SameValueZero (finds NaN).
const a = [1, 2, NaN, "2", 2, -0, undefined];
console.log(a.indexOf(2), a.indexOf("2" as any), a.indexOf(NaN), a.includes(NaN));
console.log(a.indexOf(2, 2), a.lastIndexOf(2), a.indexOf(0), a.includes(0), a.includes(undefined));
console.log(a.indexOf(9), a.includes("x" as any), [].indexOf(undefined as never));
const o = { k: 1 };
console.log([o].indexOf(o), [{ k: 1 }].indexOf(o));
