// delete removes own properties and returns true; array delete leaves a hole.
const o: any = { a: 1, b: 2, c: 3 };
console.log(delete o.b, o.b, Object.keys(o).join(","));
console.log(delete o.missing, delete o["c"], Object.keys(o).join(","));
const arr: any[] = [1, 2, 3];
console.log(delete arr[1], arr.length, arr[1], 1 in arr);
console.log(arr);
o.b = "back";
console.log(Object.keys(o).join(","));
