// break and continue inside try run the finally block.
const log: string[] = [];
for (let i = 0; i < 4; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    log.push("body" + i);
  } finally {
    log.push("fin" + i);
  }
}
console.log(log.join(" "));
outer: for (const a of [1, 2]) {
  for (const b of [1, 2]) {
    try { if (b === 2) continue outer; console.log("inner", a, b); }
    finally { console.log("finally", a, b); }
  }
}
