// indexOf, lastIndexOf, includes, startsWith and endsWith.
const s = "the quick brown fox jumps over the lazy dog";
console.log(s.indexOf("the"), s.indexOf("the", 1), s.lastIndexOf("the"), s.indexOf("cat"));
console.log(s.includes("fox"), s.includes("Fox"), s.includes("fox", 20));
console.log(s.startsWith("the"), s.startsWith("quick", 4), s.endsWith("dog"), s.endsWith("lazy", 39));
console.log("".indexOf(""), "abc".indexOf(""), "abc".indexOf("", 10), "abc".lastIndexOf(""));
