// Strings are UTF-16: lengths count code units, indexing returns units.
const e = "héllo";
console.log(e.length, e[1], e.charCodeAt(1));
const smile = "😀";
console.log(smile.length, smile.charCodeAt(0), smile.charCodeAt(1));
console.log("日本語".length, "日本語"[2]);
console.log(String.fromCharCode(72, 105), "\u00FC");
console.log("a" < "é", "Z" < "a");
