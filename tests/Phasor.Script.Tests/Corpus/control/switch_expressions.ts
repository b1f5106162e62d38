// Case labels are expressions evaluated in order until one matches.
const log: string[] = [];
function c(v: number) { log.push("case" + v); return v; }
switch (3) {
  case c(1): log.push("body1"); break;
  case c(3): log.push("body3"); break;
  case c(5): log.push("body5"); break;
}
console.log(log.join(" "));
switch (true) {
  case 5 > 10: console.log("big"); break;
  case 5 > 1: console.log("medium"); break;
  default: console.log("small");
}
