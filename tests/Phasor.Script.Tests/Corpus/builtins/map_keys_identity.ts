// Map keys compare by SameValueZero: objects by identity, NaN equals NaN, -0 equals 0.
const m = new Map<any, string>();
const k1 = {}, k2 = {};
m.set(k1, "first").set(k2, "second");
console.log(m.get(k1), m.get(k2), m.get({}), m.size);
m.set(NaN, "nan");
console.log(m.get(NaN), m.has(Number("x")));
m.set(0, "zero");
console.log(m.get(-0), m.has(-0));
m.set(-0, "neg zero");
console.log(m.get(0), m.size);
const fnKey = () => 1;
m.set(fnKey, "fn");
console.log(m.get(fnKey), m.has(() => 1));
