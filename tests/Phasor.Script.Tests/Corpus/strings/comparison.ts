// Strings compare lexicographically by UTF-16 code units.
const words = ["b", "a", "B", "aa", "A", "ab", "", "Z", "z", "10", "9"];
console.log(words.slice().sort().map(w => JSON.stringify(w)).join(" "));
console.log("abc" < "abd", "abc" < "ab", "a" < "B", "B" < "a", "" < "a");
console.log("a" === "a", "a" == "a", "é" > "z", "😀" > "\uFFFF", "😀" < "\uFFFF");
