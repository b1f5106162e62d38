// indexOf and lastIndexOf with start positions, including negative ones.
const a = ["a", "b", "a", "c", "a"];
console.log(a.indexOf("a"), a.indexOf("a", 1), a.indexOf("a", -2), a.indexOf("a", 10));
console.log(a.lastIndexOf("a"), a.lastIndexOf("a", 3), a.lastIndexOf("a", -3), a.lastIndexOf("z"));
console.log(a.includes("c", 4), a.includes("c", -2));
