// === compares type and value without conversion; objects by identity.
console.log(1 === 1, 1 === 1.0, "a" === "a", "1" === 1 as any);
console.log(null === null, undefined === undefined, NaN === NaN, 0 === -0);
const x = {}, y = x;
console.log(x === y, {} === {}, [] === []);
console.log("ab" === "a" + "b", true === !!1);
console.log(1 !== 2, "1" !== (1 as any), x !== y);
