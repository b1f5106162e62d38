// break leaves the innermost loop, continue skips to its next iteration.
const out: number[] = [];
for (let i = 0; i < 10; i++) {
  if (i % 2 === 0) continue;
  if (i > 7) break;
  out.push(i);
}
console.log(out.join(","));
let i = 0;
while (true) {
  i++;
  if (i < 3) continue;
  if (i === 5) break;
  console.log("while", i);
}
let j = 0;
do { j++; if (j === 2) continue; console.log("do", j); } while (j < 3);
