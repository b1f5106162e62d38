// Assignment is an expression whose value is the assigned value.
let a: number, b: number, c: number;
a = b = c = 7;
console.log(a, b, c);
const o: any = {};
o.x = o.y = [1];
console.log(o.x === o.y);
let n = 0;
const arr = [0, 0, 0];
arr[n = 2] = (n = 1);
console.log(arr.join(","), n);
let s;
console.log((s = "assigned"), s);
