// String methods at their edges (string patterns only: there are no regular expressions).
const s = "Hello, world";
console.log(s.padStart(15, "ab"), s.padEnd(15, "xyz"), "7".padStart(3, "0"), "abc".padStart(2), "x".padEnd(4, ""), "x".padStart(5, "123456789"));
console.log("a,b,,c".split(","), "abc".split(""), "abc".split(), "a-b-c".split("-", 2), "abc".split("x"), "".split(","), "".split(""));
console.log("aXbXc".replace("X", "-"), "aXbXc".replaceAll("X", "-"), "cost: 5".replace("5", "$$5"), "abc".replace("b", "[$&]"), "abc".replace("b", "[$`|$']"));
console.log("abcabc".replace("c", (m, offset) => `<${m}@${offset}>`), "aaa".replaceAll("a", (m, i) => String(i)), "x".replace("", "_"), "xy".replaceAll("", "."));
console.log(s.at(0), s.at(-1), s.at(100), s.charAt(100) === "", s.charCodeAt(100), s.indexOf(""), s.indexOf("", 100), s.lastIndexOf("o"), s.lastIndexOf("o", 5));
const emoji = "a😀b";
console.log(emoji.length, emoji.codePointAt(1), emoji.codePointAt(2), emoji.charCodeAt(1), [...emoji].length, String.fromCodePoint(128512) === "😀", String.fromCharCode(72, 105));
console.log(s.includes("world", 8), s.startsWith("world", 7), s.endsWith("Hello", 5), s.slice(-5, -1), s.substring(5, 2), s.substring(-3, 2), s.substr(-5, 3));
console.log("abc".repeat(0) === "", "ab".repeat(3), "  \t trim me \n".trim() + "|", "  x ".trimStart() + "|", "  x ".trimEnd() + "|");
console.log("Straße".toUpperCase(), "İ".toLowerCase().length, "ǅ".toUpperCase(), "ΣΑΣ".toLowerCase(), "i".toUpperCase());
console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "abc".concat(1, null, [2, 3]));
console.log(String(123), String(null), String([1, [2]]), String({}), (12.5).toString(), "5" + 3 - 2);
try { "x".repeat(-1); } catch (e) { console.log((e as Error).name); }
try { "x".repeat(Infinity); } catch (e) { console.log((e as Error).name); }
console.log("abc"[1], "abc"["length"], "abc"[5], Object.keys("ab").join(), "ab" + undefined);
