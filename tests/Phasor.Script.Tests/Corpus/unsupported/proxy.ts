// Out of scope: proxies. Expected: "not supported" at "Proxy".
const target = { a: 1 };
const p = new Proxy(target, {});
console.log(p.a);
