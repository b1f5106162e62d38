// == with objects converts the object to a primitive; two objects compare by identity.
const a = [1, 2];
const b = [1, 2];
console.log(a == b, a == a, a == "1,2", [] == "", [0] == false, [1] == 1);
console.log({} == "[object Object]", [null] == "", [undefined] == 0);
const o = { valueOf() { return 42; } };
console.log(o == 42, o == "42", o + 1);
const t = { toString() { return "T"; } };
console.log(t == "T", t + "!");
console.log([] == ![], [[]] == 0);
