// ?? falls back only on null and undefined, unlike ||.
const z = 0, e = "", n = null, u = undefined, f = false;
console.log(z ?? "d", e ?? "d", n ?? "d", u ?? "d", f ?? "d");
console.log(z || "d", e || "d", n || "d", u || "d", f || "d");
let calls = 0;
function side() { calls++; return "side"; }
console.log(1 ?? side(), null ?? side(), calls);
console.log(n ?? u ?? "last", (n ?? 0) + 1);
let v: number | null = null;
v ??= 5;
v ??= 9;
console.log(v);
