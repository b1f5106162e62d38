// Keys are strings: numbers, booleans and objects are converted.
const o: any = {};
o[1] = "one"; o[true as any] = "t"; o[null as any] = "n"; o[{} as any] = "obj";
console.log(o["1"], o["true"], o["null"], o["[object Object]"]);
console.log(Object.keys(o).join("|"));
o[1.0] = "float one";
o[0.5] = "half";
console.log(o[1], o["0.5"], Object.keys(o).length);
