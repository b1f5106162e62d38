// An object survives a JSON round trip but loses undefined and functions.
const o = { n: 1, s: "x", b: true, nul: null, u: undefined, f() {}, arr: [1, undefined], nested: { k: "v" } };
const text = JSON.stringify(o);
console.log(text);
const back = JSON.parse(text);
console.log(back, "u" in back, back.arr[1]);
