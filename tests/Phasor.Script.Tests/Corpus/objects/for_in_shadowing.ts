// for...in skips inherited keys shadowed by own keys and keys deleted during iteration.
const proto: any = { shared: "proto", onlyProto: "p" };
const o: any = Object.create(proto);
o.shared = "own";
o.a = 1; o.b = 2; o.c = 3;
const seen: string[] = [];
for (const k in o) {
  seen.push(k + "=" + o[k]);
  if (k === "a") delete o.b;
}
console.log(seen.join(" "));
