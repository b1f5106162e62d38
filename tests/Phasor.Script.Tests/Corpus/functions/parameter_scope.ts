// Parameters behave like local variables and shadow outer names.
const x = "outer";
function shadow(x: string) { x = x + "!"; return x; }
console.log(shadow("param"), x);
function modifyArray(arr: number[]) { arr.push(4); arr = [0]; return arr; }
const data = [1, 2, 3];
console.log(modifyArray(data).join(","), data.join(","));
function modifyObj(o: { v: number }) { o.v++; }
const obj = { v: 1 };
modifyObj(obj); modifyObj(obj);
console.log(obj.v);
