// Every simple escape sequence, hex and unicode escapes, and their lengths.
const s = "a\tb\\c\"d'e";
console.log(s, s.length);
console.log('single \'quoted\' "double"');
console.log("nl[\n]".length, "cr[\r]".length, "\b\f\v\0".length);
console.log("\x41\x62\x43", "\u0041\u00e9", "\u{1F600}".length, "\u{41}");
console.log("line1\nline2");
console.log("back\\slash", "tab[\t]");
console.log("\u00e9" === "é", "\x7e");
