// Decimal notation up to 1e21 and down to 1e-6, exponent notation beyond.
console.log(1e20, 1e21, 1.5e21, 123456789012345680000);
console.log(999999999999999900000, 1e21 - 1e5);
console.log(0.000001, 0.0000001, 1e-7, 1.5e-7, 0.00000123);
console.log(1e-6 * 10, 1e100, 1.7e-100, 2e-308);
console.log(String(1e21), String(1e-7), `${1e21}`, "" + 1e-7);
console.log(-1e21, -1e-7, -123e-20);
