// && and || return one of their operands and short-circuit.
console.log(1 && 2, 0 && 2, "" && "x", "a" && "b");
console.log(1 || 2, 0 || 2, "" || "x", null || undefined);
console.log(!0, !1, !"", !"a", !null, !{}, ![], !!NaN);
let log = "";
function t(x: string) { log += x; return true; }
function f(x: string) { log += x; return false; }
const r = f("a") && t("b") || t("c") && f("d") || t("e");
console.log(r, log);
let a = 0, b = 1;
a ||= 10; b &&= 20;
console.log(a, b);
