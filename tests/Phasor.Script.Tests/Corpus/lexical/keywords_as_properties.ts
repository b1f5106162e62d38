// Reserved words are valid after a dot and as object keys.
const obj: any = {};
obj.default = "d";
obj.return = "r";
obj.function = "f";
obj.var = "v";
obj.null = "n";
obj.true = "t";
console.log(obj.default, obj.return, obj.function, obj.var, obj.null, obj.true);
console.log(Object.keys(obj).join(","));
class K { delete() { return "del"; } in() { return "in"; } }
const k = new K();
console.log(k.delete(), k.in());
