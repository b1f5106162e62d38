// Trigonometric functions and their inverses.
console.log(Math.sin(0), Math.cos(0), Math.tan(0));
console.log(Math.sin(Math.PI / 2), Math.cos(Math.PI).toFixed(10), Math.sin(Math.PI) < 1e-15);
console.log(Math.atan2(1, 1), Math.atan2(-1, -1), Math.atan2(0, -1), Math.atan2(-0, 1));
console.log(Math.asin(1), Math.acos(1), Math.atan(1) * 4);
console.log(Math.sinh(0), Math.cosh(0), Math.tanh(Infinity), Math.asinh(0));
const degrees = [0, 30, 45, 60, 90].map(d => Math.sin(d * Math.PI / 180).toFixed(4));
console.log(degrees.join(" "));
