// console.log prints primitives without quotes at the top level, separated by spaces.
console.log(1, -1, 0, -0, 1.5, NaN, Infinity, -Infinity);
console.log("plain string", 'single', `template`);
console.log(true, false, null, undefined);
console.log();
console.log("");
console.log("a", "", "b");
console.log(1e21, 1e-7, 123456789.123, 2 ** 64);
