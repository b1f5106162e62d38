// Strings are indexed by UTF-16 code units and are immutable.
const s = "phasor";
console.log(s.length, s[0], s[5], s[6], s.charAt(1), s.charAt(10) === "");
console.log(s.charCodeAt(0), s.charCodeAt(99), s.codePointAt(0));
const t = s.slice(0, 1).toUpperCase() + s.slice(1);
console.log(s, t, s[0]);
console.log("".length, "".charAt(0) === "", "abc"[-1]);
