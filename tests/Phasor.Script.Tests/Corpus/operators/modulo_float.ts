// % keeps the sign of the dividend and works on fractions.
console.log(5.5 % 1, -5.5 % 1, 10 % 0.3, 1e17 % 7);
console.log(0 % 5, -0 % 5, 5 % 0, Infinity % 2, 2 % Infinity);
function mod(n: number, m: number) { return ((n % m) + m) % m; }
console.log(mod(-1, 12), mod(13, 12), mod(-13, 12), mod(24, 12));
