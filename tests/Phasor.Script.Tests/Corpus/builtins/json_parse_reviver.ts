// JSON.parse with a reviver transforms values bottom-up.
const text = '{"a":1,"b":{"c":2,"d":[3,4]}}';
const order: string[] = [];
const r = JSON.parse(text, (k, v) => { order.push(k === "" ? "(root)" : k); return typeof v === "number" ? v * 100 : v; });
console.log(JSON.stringify(r));
console.log(order.join(" "));
console.log(JSON.stringify(JSON.parse(text, (k, v) => (k === "b" ? undefined : v))));
