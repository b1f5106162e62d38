// toString(radix) for integers and fractions in bases 2 to 36.
console.log((255).toString(2), (255).toString(8), (255).toString(16), (255).toString(36));
console.log((-255).toString(16), (0).toString(2), (35).toString(36), (36).toString(36));
console.log((0.5).toString(2), (0.25).toString(4), (0.1).toString(2).length > 10);
console.log((2 ** 40).toString(16), (1e21).toString(16).slice(0, 6));
console.log((3.75).toString(2), (12.5).toString(16));
console.log((123.456).toString(10), (1e21).toString(10));
