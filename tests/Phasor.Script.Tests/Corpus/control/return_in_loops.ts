// return exits from inside nested loops and switch.
function findPair(xs: number[], target: number) {
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++)
      if (xs[i] + xs[j] === target) return [i, j];
  return null;
}
console.log(findPair([1, 4, 6, 9], 10), findPair([1, 2], 10));
function kind(c: string) {
  for (;;) {
    switch (c) {
      case "a": return "vowel";
      default: return "other";
    }
  }
}
console.log(kind("a"), kind("b"));
