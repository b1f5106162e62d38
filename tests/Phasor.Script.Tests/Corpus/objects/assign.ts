// Object.assign copies own enumerable properties left to right and returns the target.
const target: any = { a: 1, b: 1 };
const r = Object.assign(target, { b: 2, c: 2 }, null, undefined, { c: 3, d: 3 });
console.log(r === target, target);
const clone = Object.assign({}, target);
clone.a = 100;
console.log(target.a, clone.a);
const defaults = { volume: 0.5, pan: 0, mute: false };
const settings = Object.assign({}, defaults, { pan: -1 });
console.log(settings);
