// Identifiers with $, _, digits, unicode letters and keyword-like property names.
const $ = 1, _ = 2, $_$ = 3, a1 = 4, café = 5;
console.log($, _, $_$, a1, café);
const o = { if: 1, class: 2, new: 3, typeof: 4, let: 5, of: 6, get: 7, set: 8, static: 9 };
console.log(o.if + o.class + o.new + o.typeof, o.let, o.of, o.get, o.set, o.static);
let of = "of", get = "get", async = "async", type = "type";
console.log(of, get, async, type);
const \u0061bc = "escaped identifier";
console.log(abc);
