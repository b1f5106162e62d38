// typeof for every kind of value, including undeclared names.
console.log(typeof 1, typeof NaN, typeof "s", typeof true, typeof undefined);
console.log(typeof null, typeof {}, typeof [], typeof function () {}, typeof (() => 1));
class C {}
console.log(typeof C, typeof new C(), typeof Math, typeof JSON, typeof console.log);
console.log(typeof notDeclaredAnywhere, typeof typeof 1);
console.log(typeof new Map(), typeof new Set(), typeof Map, typeof Error);
console.log(typeof (1 + "2"), typeof (1 - "2"));
