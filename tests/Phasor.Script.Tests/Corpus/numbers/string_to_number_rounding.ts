// Decimal strings near the limits of double precision.
console.log(Number("0.1"), Number("0.10000000000000001"), Number("0.1000000000000001"));
console.log(Number("9007199254740993"), Number("9007199254740995"));
console.log(Number("1.7976931348623157e308"), Number("1.8e308"), Number("4.9e-324"), Number("2e-324"));
console.log(Number("123456789012345678901234567890"));
console.log(Number("0.000000000000000000000000000001"));
