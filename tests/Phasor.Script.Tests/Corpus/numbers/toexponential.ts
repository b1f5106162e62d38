// toExponential always uses exponent notation.
console.log((0).toExponential(), (1).toExponential(2), (123456).toExponential(2));
console.log((0.00015).toExponential(1), (-12.5).toExponential(), (1e21).toExponential(3));
console.log((1 / 3).toExponential(5), (255).toExponential(0));
