// Literals beyond 2^53 round, and very large or small literals overflow or underflow.
console.log(9007199254740992, 9007199254740993, 9007199254740995);
console.log(1e308 * 10, -1e308 * 10, 5e-324, 5e-325);
console.log(0.1 + 0.7, 1.7976931348623157e308);
console.log(123456789012345678901234567890);
