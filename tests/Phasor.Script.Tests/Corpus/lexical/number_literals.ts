// Decimal, hex, octal, binary, exponent and separator forms of numeric literals.
console.log(42, 3.5, .5, 5., 0.0);
console.log(0xff, 0XAB, 0o17, 0O7, 0b1010, 0B11);
console.log(1e3, 1E3, 2.5e-3, 1e+2, 6.02e23);
console.log(1_000_000, 0xf_f, 1_0.2_5, 0b1_1);
console.log(0.1, 123456789012, 9007199254740993);
console.log(typeof 1, typeof 0x10, 0xffffffff, 0x100000000);
