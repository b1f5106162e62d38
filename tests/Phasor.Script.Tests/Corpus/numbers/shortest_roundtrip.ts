// String(x) prints the shortest decimal that round-trips to the same double.
console.log(String(0.1 + 0.2), String(0.3), String(1 / 3), String(2 / 3));
console.log(String(0.1 * 3), String(1.1 * 1.1), String(3 * 1.1));
console.log(String(100 / 3), String(123.456), String(-0.000123));
console.log(String(5e-324), String(Number.MAX_VALUE), String(Number.MIN_VALUE));
console.log(String(Number.EPSILON), String(1 + Number.EPSILON));
console.log(String(4.35), String(0.000001), String(1.005 * 1000));
