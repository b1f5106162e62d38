// replace with a string pattern replaces the first match; replaceAll replaces all.
const s = "la la land";
console.log(s.replace("la", "LA"), s.replaceAll("la", "LA"));
console.log(s.replace("zz", "!"), s.replace("", "^"));
console.log("a.b.c".replaceAll(".", "/"), "aaa".replaceAll("a", "aa"));
console.log("x-y".replace("-", (m: string) => "[" + m + "]"));
console.log("cost: $5".replace("$5", "$$10"), "ab".replace("a", "$&$&"));
