// <, <=, >, >= on numbers, strings and mixed operands.
console.log(1 < 2, 2 <= 2, 3 > 4, 4 >= 4);
console.log("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "10" < "9");
console.log("10" < 9, 10 < "9", "x" < 1, "x" > 1);
console.log(null < 1, null >= 0, undefined < 1, undefined >= 0);
console.log(NaN < 1, NaN >= 1, [2] > 1, [1, 2] < 3);
