// for...of over strings yields whole code points.
const s = "héllo😀!";
const chars: string[] = [];
for (const c of s) chars.push(c);
console.log(chars.length, s.length, chars.join("|"));
let vowels = 0;
for (const c of "Programming Language") if ("aeiouAEIOU".includes(c)) vowels++;
console.log(vowels);
console.log([..."abc"].reverse().join(""), [..."😀😀"].length);
