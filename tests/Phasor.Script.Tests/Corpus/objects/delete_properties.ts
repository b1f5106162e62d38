// delete removes a property; re-adding puts it at the end of the order.
const o: any = { a: 1, b: 2, c: 3 };
delete o.a;
o.a = 4;
console.log(Object.keys(o).join(","), o.a);
console.log(delete o.nonexistent, "b" in o, delete o["b"], "b" in o);
const n: any = { 1: "x", 2: "y" };
delete n[1];
n[1] = "z";
console.log(Object.keys(n).join(","));
