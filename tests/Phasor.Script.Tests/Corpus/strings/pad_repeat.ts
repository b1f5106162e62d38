// padStart, padEnd and repeat.
console.log("5".padStart(3, "0"), "abc".padStart(2), "x".padStart(5, "ab"), "x".padEnd(4, "-") + "|");
console.log("ab".repeat(3), "".repeat(5) === "", "-".repeat(0) === "");
for (const n of [1, 22, 333]) console.log(String(n).padStart(5) + "|" + String(n).padEnd(5, ".") + "|");
try { "x".repeat(-1); } catch (e) { console.log((e as Error).name); }
