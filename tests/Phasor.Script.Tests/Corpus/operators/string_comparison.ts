// Strings compare by UTF-16 code units.
const words = ["banana", "Apple", "cherry", "apple", "Banana", "10", "9", ""];
for (let i = 0; i + 1 < words.length; i++) {
  const a = words[i], b = words[i + 1];
  console.log(JSON.stringify(a), JSON.stringify(b), a < b, a > b, a == b);
}
console.log("abc" < "abcd", "abc" > "ab", "a" < "a");
