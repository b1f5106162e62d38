// parseInt reads a prefix of digits in a radix.
console.log(parseInt("42"), parseInt("  42px"), parseInt("-17.9"), parseInt("0x1F"));
console.log(parseInt("ff", 16), parseInt("0xff", 16), parseInt("z", 36), parseInt("101", 2));
console.log(parseInt(""), parseInt("abc"), parseInt("12", 3), parseInt("9", 8));
console.log(parseInt("1e3"), parseInt("0.0000005" as any), parseInt(0.0000005 as any));
console.log(parseInt("+5"), parseInt("- 5"), parseInt("010"), parseInt("123", 0));
console.log(Number.parseInt === parseInt, parseInt("  \n 7"));
