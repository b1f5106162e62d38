// == converts with ToPrimitive (valueOf, then toString) and ToNumber; === never converts.
const v = { valueOf() { return 42; }, toString() { return "str"; } };
const s = { toString() { return "7"; } };
console.log(v == 42, v == "42", v == "str", s == 7, s == "7", v === 42 as any);
console.log(null == undefined, null == 0, undefined == 0, null == false, undefined == "", null === undefined);
console.log("" == 0, "0" == false, " \n\t " == 0, "1" == true, "2" == true, [] == false, [0] == false, [1] == true);
console.log([1, 2] == "1,2" as any, [[]] == 0 as any, [null] == "" as any, [undefined] == 0 as any);
console.log(NaN == NaN, [NaN] == "NaN" as any, {} == "[object Object]" as any, ({}) == ({}));
const a = [1], b = [1];
console.log(a == b, a == a, a === a, "b" > "a", "B" > "a", "10" < "9", 10 < 9, "10" < 9 as any);
console.log(null >= 0, null > 0, undefined >= 0, NaN <= NaN, "abc" < "abcd", [2] > 1, [1, 2] > 1);
console.log(1 + "2", "3" * "4" as any, true + true, [] + [], [] + {}, 1 + null, 1 + undefined, "x" - 1);
console.log(+"", +" 12 ", +"1e3", +"0x10", +"0b11", +"0o7", +"1_000", +[], +[5], +[1, 2], +true, +"Infinity", +"-Infinity", +"infinity");
let order = "";
const left = { valueOf() { order += "L"; return 1; } }, right = { valueOf() { order += "R"; return 2; } };
console.log((left as any) < (right as any), (left as any) > (right as any), order);
