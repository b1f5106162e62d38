// Case conversion and whitespace trimming.
console.log("Hello World".toUpperCase(), "Hello World".toLowerCase());
console.log("[" + "  pad  ".trim() + "]", "[" + "  pad  ".trimStart() + "]", "[" + "  pad  ".trimEnd() + "]");
console.log("[" + "\t\n x \n".trim() + "]", "ÉCOLE".toLowerCase(), "über".toUpperCase());
