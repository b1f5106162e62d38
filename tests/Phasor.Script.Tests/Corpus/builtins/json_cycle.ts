// Stringifying a cyclic structure throws a TypeError.
const a: any = { name: "a" };
a.self = a;
try { JSON.stringify(a); console.log("no error"); }
catch (e) { console.log(e instanceof TypeError, (e as Error).name); }
const shared = { v: 1 };
console.log(JSON.stringify({ x: shared, y: shared }));
