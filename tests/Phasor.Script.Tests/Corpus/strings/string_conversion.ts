// String() and toString on every kind of value.
console.log(String(1), String(-0), String(null), String(undefined), String(true));
console.log(String([1, [2, 3]]), String({}), String(() => 1).length > 0, String(NaN));
console.log(String([null]), String([undefined, 1]), String([[], []]));
console.log((123).toString(), true.toString(), [1, 2].toString(), ({}).toString());
console.log(typeof String(5), String("already"));
