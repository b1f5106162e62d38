// finally runs on every way out of try; its own return, break or throw replaces what was under way.
const log: string[] = [];
function returnOverridden(): string { try { return "try"; } finally { log.push("finally ran"); } }
function finallyReturns(): string { try { return "try"; } finally { return "finally"; } }
function finallySwallows(): string { try { throw new Error("lost"); } finally { return "swallowed"; } }
function catchThenFinally(): string { try { throw new Error("x"); } catch { return "catch"; } finally { log.push("after catch"); } }
function valueBeforeFinally(): number { let x = 1; try { return x; } finally { x = 2; } }
console.log(returnOverridden(), finallyReturns(), finallySwallows(), catchThenFinally(), valueBeforeFinally(), log.join("; "));
log.length = 0;
for (let i = 0; i < 3; i++) {
  try { if (i === 1) continue; log.push("body " + i); } finally { log.push("finally " + i); }
}
console.log(log.join("; "));
log.length = 0;
outer: for (const i of [1, 2]) {
  for (const j of [1, 2]) {
    try { try { if (j === 2) break outer; log.push(`${i}.${j}`); } finally { log.push("inner " + j); } } finally { log.push("outer " + j); }
  }
}
console.log(log.join("; "));
log.length = 0;
function breakInFinally(): string { while (true) { try { return "never returned"; } finally { break; } } return "after loop"; }
function nestedRethrow(): string {
  try { try { throw new Error("first"); } finally { log.push("inner finally"); } } catch (e) { return "caught " + (e as Error).message; } finally { log.push("outer finally"); }
}
console.log(breakInFinally(), nestedRethrow(), log.join("; "));
function throwReplaces(): void { try { throw new Error("original"); } finally { throw new Error("replacement"); } }
try { throwReplaces(); } catch (e) { console.log((e as Error).message); }
let count = 0;
function counted(): number { try { return count++; } finally { count += 10; } }
console.log(counted(), count);
const gen = (n: number): string => { switch (n) { case 1: try { return "one"; } finally { log.push("switch finally"); } default: return "other"; } };
console.log(gen(1), gen(2), log[log.length - 1]);
