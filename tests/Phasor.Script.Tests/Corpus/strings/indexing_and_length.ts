// Strings are indexed by UTF-16 code units and are immutable.
const s = "phasor";
console.log(s.length, s[0], s[5], s[6], s.charAt(1), s.charAt(10) === "");
console.log(s.charCodeAt(0), s.charCodeAt(99), s.codePointAt(0));
const t: any = s;
t[0] = "X";
console.log(s, t[0]);
console.log("".length, "".charAt(0) === "", "abc"[-1]);
