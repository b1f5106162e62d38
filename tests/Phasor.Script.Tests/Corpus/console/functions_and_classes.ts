// Functions and classes print as bracketed names.
function named() {}
const arrow = () => 1;
class A {}
class B extends A {}
console.log(named, arrow, A, B);
console.log([named, () => 0, function () {}]);
console.log({ method() {}, fn: named, cls: A });
console.log(Math.max, console.log.name);
const withProps: any = function tagged() {};
withProps.extra = 1;
console.log(withProps);
