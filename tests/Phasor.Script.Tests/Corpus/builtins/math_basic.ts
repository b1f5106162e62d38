// Math functions on ordinary values.
console.log(Math.abs(-5.5), Math.abs(-0), Math.sqrt(16), Math.sqrt(2), Math.cbrt(27), Math.cbrt(-8));
console.log(Math.pow(2, 10), Math.pow(4, 0.5), Math.hypot(3, 4), Math.hypot(), Math.hypot(1, 1, 1, 1));
console.log(Math.max(1, 3, 2), Math.min(1, 3, 2), Math.max(-0, 0), Math.min(0, -0));
console.log(Math.sign(-3), Math.sign(0), Math.sign(7), Math.sign(NaN), Math.sign("-2" as any));
console.log(Math.sqrt(-1), Math.abs("-3" as any), Math.max("10" as any, 9));
