// Object.create(null) makes an object without inherited properties.
const dict: any = Object.create(null);
dict.a = 1;
console.log("toString" in dict, "a" in dict, Object.keys(dict).join());
const plain: any = {};
console.log("toString" in plain, typeof plain.toString);
