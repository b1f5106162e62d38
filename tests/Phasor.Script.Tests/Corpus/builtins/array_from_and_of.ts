// Array.from over strings, Sets, Maps and array-likes.
console.log(Array.from("héllo").length, Array.from(new Set([1, 1, 2])), Array.from(new Map([["k", 1]])));
console.log(Array.from({ length: 4 }, (_, i) => i * 2), Array.from([1, 2, 3], x => x * x));
console.log(Array.of(3), Array.of(), Array.of("a", "b"));
