// new Array(n) creates holes; new Array(a, b) creates elements; Array.of and Array.from.
console.log(new Array(3).length, new Array(3), new Array(2, 3), new Array("3"));
console.log(Array(2).length, Array.of(7).join(), Array.of(1, 2, 3).length);
console.log(Array.from("abc"), Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray("a"));
try { new Array(-1); } catch (e) { console.log((e as Error).name); }
