// Rest parameters collect the remaining arguments into an array.
function sum(...nums: number[]) { return nums.reduce((a, b) => a + b, 0); }
function tag(first: string, ...rest: string[]) { return first + ":" + rest.length + ":" + rest.join("|"); }
console.log(sum(), sum(1), sum(1, 2, 3, 4));
console.log(tag("a"), tag("a", "b", "c"));
const arrowRest = (...xs: number[]) => Array.isArray(xs) + " " + xs.length;
console.log(arrowRest(), arrowRest(1, 2), sum.length, tag.length);
