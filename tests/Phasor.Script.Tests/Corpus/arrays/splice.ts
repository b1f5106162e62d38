// splice removes and inserts in place and returns the removed elements.
const a = ["a", "b", "c", "d", "e"];
console.log(a.splice(1, 2).join(), a.join());
console.log(a.splice(1, 0, "x", "y").length, a.join());
console.log(a.splice(-2, 1).join(), a.join());
console.log(a.splice(2).join(), a.join());
const b = [1, 2, 3];
console.log(b.splice(0, 1, 10, 20, 30).join(), b.join());
console.log(b.splice(1, 100).join(), b.join(), b.splice(5, 1).length);
