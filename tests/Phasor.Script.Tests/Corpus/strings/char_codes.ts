// charCodeAt and String.fromCharCode convert between characters and codes.
const word = "Phasor";
const codes: number[] = [];
for (let i = 0; i < word.length; i++) codes.push(word.charCodeAt(i));
console.log(codes.join(","));
console.log(String.fromCharCode(...codes), String.fromCharCode(72, 105, 33));
const rot13 = (s: string) => s.split("").map(c => {
  const code = c.charCodeAt(0);
  if (code >= 97 && code <= 122) return String.fromCharCode(((code - 97 + 13) % 26) + 97);
  if (code >= 65 && code <= 90) return String.fromCharCode(((code - 65 + 13) % 26) + 65);
  return c;
}).join("");
console.log(rot13("Hello, World!"), rot13(rot13("round trip")));
