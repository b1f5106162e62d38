// Array patterns over strings, holes and shorter arrays.
const [a, b, c] = "xy";
console.log(a, b, c);
const [, , third] = [1, 2, 3, 4];
console.log(third);
const [h1 = "d1", h2 = "d2"] = [, "given"];
console.log(h1, h2);
const [...all] = "abc";
console.log(all);
const [first, ...[second, ...more]] = [1, 2, 3, 4];
console.log(first, second, more);
