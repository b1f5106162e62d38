// Surrogate pairs, code points and combining marks.
const face = "😀";
console.log(face.length, face.codePointAt(0), face.charCodeAt(0).toString(16), face.charCodeAt(1).toString(16));
console.log(String.fromCodePoint(128512) === face, face.split("").length, [...face].length);
const combined = "e\u0301";
console.log(combined.length, combined === "é", combined[0], combined.charCodeAt(1).toString(16));
console.log("Ω".toLowerCase(), "é".toUpperCase(), "ÀÉÎ".toLowerCase());
