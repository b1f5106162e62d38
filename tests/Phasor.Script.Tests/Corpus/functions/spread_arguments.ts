// Spread in calls expands arrays (and strings) into arguments.
function three(a: any, b: any, c: any) { return [a, b, c].join("/"); }
const arr = [1, 2, 3];
console.log(three(...arr), three(0, ...[9, 8]), three(..."xyz" as any));
console.log(Math.max(...arr), Math.min(...[5, -1, 3], -7));
console.log(three(...[1], ...[2], ...[3, 4]));
const pushed: number[] = [];
pushed.push(...arr, ...arr);
console.log(pushed.length, pushed.join(""));
