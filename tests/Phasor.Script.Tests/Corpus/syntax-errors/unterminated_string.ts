// Error: the string is not closed before the end of the line; reported at its opening quote.
const fine = "closed";
const broken = "no closing quote;
console.log(fine);
