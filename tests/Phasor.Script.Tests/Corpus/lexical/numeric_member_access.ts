// Member access on numeric literals needs care with the dot.
console.log(1..toString(), 1.5.toFixed(1), (2).toString(), 3 .toString());
console.log(0xff.toString(2), 1e3.toString());
console.log((255).toString(16), (-1.5).toFixed(0));
