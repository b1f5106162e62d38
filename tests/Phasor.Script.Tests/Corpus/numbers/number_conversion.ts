// Number() converts strings, booleans, null, undefined, arrays and objects.
console.log(Number("42"), Number(" 42 "), Number(""), Number("  "), Number("4 2"));
console.log(Number("0x1A"), Number("0b11"), Number("0o7"), Number("-0x1A"));
console.log(Number(null), Number(undefined), Number(true), Number(false));
console.log(Number([]), Number([7]), Number([1, 2]), Number({}), Number("1e-3"));
console.log(Number("Infinity"), Number("-Infinity"), Number("NaN"), Number("12abc"));
console.log(Number(), Number(-0), Number("-0"), 1 / Number("-0"));
