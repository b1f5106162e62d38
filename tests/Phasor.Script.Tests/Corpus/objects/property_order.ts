// Own keys come in order: integer-like keys ascending, then strings in insertion order.
const o: any = {};
o.z = 1; o[10] = 2; o.a = 3; o[2] = 4; o["1"] = 5; o["-1"] = 6; o["01"] = 7; o[1.5] = 8; o.b = 9;
o[4294967294] = 10; o[4294967295] = 11;
console.log(Object.keys(o).join(" "));
const lit = { b: 1, 3: 1, a: 1, 1: 1, "2": 1 };
console.log(Object.keys(lit).join(" "));
console.log(JSON.stringify(lit));
