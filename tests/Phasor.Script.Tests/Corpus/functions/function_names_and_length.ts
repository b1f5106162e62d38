// Functions get their name from declarations, assignments and property keys; length counts parameters before the first default or rest.
function declared(a: number, b: number) {}
const assigned = function () {};
const arrow = () => {};
const named = function inner() {};
let later: any;
later = () => {};
const obj = { method() {}, prop: function () {}, arrowProp: () => {}, ["comp" + "uted"]: () => {}, 5: function () {} };
class Klass { static stat() {} m() {} get g() { return 1; } }
console.log(declared.name, assigned.name, arrow.name, named.name, later.name);
console.log(obj.method.name, obj.prop.name, obj.arrowProp.name, (obj as any).computed.name, (obj as any)[5].name);
console.log(Klass.name, Klass.stat.name, new Klass().m.name, (class {}).name, (() => {}).name === "");
console.log(declared.bind(null).name, arrow.bind(null).name, typeof Object.getOwnPropertyDescriptor(Klass.prototype, "g")!.get);
function lengths(a: number, b = 1, c?: number) {}
function withRest(a: number, ...r: number[]) {}
function destructured({ a }: any, [b]: any) {}
console.log(declared.length, lengths.length, withRest.length, destructured.length, ((a: number, b: number) => 0).length, declared.bind(null, 1).length);
console.log(Math.max.length, Math.max.name, [].map.length, [].map.name, JSON.stringify.name, parseInt.length, String.prototype.slice.length);
console.log(typeof declared, typeof Klass, typeof Math, typeof null, typeof undefined, typeof NaN, typeof "", typeof [], typeof {}, typeof (() => 0));
console.log(String(declared).includes("declared"), Object.prototype.toString.call(declared), Object.prototype.toString.call([]), Object.prototype.toString.call(null));
const k = "dyn";
const named2 = { [k + "Method"]() {}, get [k + "Get"]() { return 1; }, [k + "Arrow"]: () => {}, [k + "Fn"]: function () {}, [k + "Named"]: function own() {} };
console.log(named2.dynMethod.name, Object.getOwnPropertyDescriptor(named2, "dynGet")!.get!.name, named2.dynArrow.name, named2.dynFn.name, named2.dynNamed.name);
class WithComputed { static [k + "Static"]() {} [k + "Proto"]() {} set [k + "Set"](v: number) {} get plain() { return 0; } }
console.log((WithComputed as any).dynStatic.name, (new WithComputed() as any).dynProto.name, Object.getOwnPropertyDescriptor(WithComputed.prototype, "dynSet")!.set!.name, Object.getOwnPropertyDescriptor(WithComputed.prototype, "plain")!.get!.name);
const numeric = { [1 + 1]: () => {} };
console.log((numeric as any)[2].name);
