// Object.keys and Object.entries on class instances, arrays and strings.
class Pair { a = 1; b = 2; sum() { return this.a + this.b; } }
console.log(Object.keys(new Pair()), Object.values(new Pair()), Object.entries(new Pair()));
console.log(Object.keys([4, 5]), Object.entries(["x"]));
console.log(Object.keys({ 10: 0, 2: 0, x: 0 }));
