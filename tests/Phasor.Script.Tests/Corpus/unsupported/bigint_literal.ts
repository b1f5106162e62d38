// Out of scope: BigInt. Expected: "not supported" at the literal.
const big = 9007199254740993n;
console.log(big);
