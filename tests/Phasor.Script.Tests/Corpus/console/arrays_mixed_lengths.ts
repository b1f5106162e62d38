// Arrays whose items vary in width, and arrays of long strings.
console.log([1, 22, 333, 4444, 55555, 666666, 7777777]);
console.log(["a", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "c", "d", "e", "f", "g"]);
console.log(["the quick brown fox", "jumps over", "the lazy dog", "and keeps running far away"]);
console.log([0.1, 0.2, 0.30000000000000004, 1e21, -5, 100, 7]);
