// Getters and setters whose names are array indices work on ordinary objects like any other accessor.
const log: string[] = [];
const o: any = {
  get 0() { return "zero"; },
  set 1(v: number) { log.push("set 1 to " + v); },
  get 1() { return "one"; },
  2: "plain",
};
console.log(o[0], o["1"], o[2], o.length);
o[1] = 5;
console.log(o[0], log.join());
console.log(Object.keys(o).join(), JSON.stringify(o));
console.log(o);
console.log(Object.getOwnPropertyDescriptor(o, "0")!.get !== undefined, "1" in o, o.hasOwnProperty(0));
Object.defineProperty(o, 7, { get() { return "defined"; }, enumerable: true, configurable: true });
console.log(o[7], Object.keys(o).join());
class Row { get 3() { return "class getter"; } }
console.log(new Row()[3]);
const arrayLike: any = { length: 3, 0: "a", get 1() { return "b from getter"; }, 2: "c" };
console.log(Array.prototype.map.call(arrayLike, (x: string) => x.toUpperCase()).join("|"));
console.log(Array.from(arrayLike).join("|"));
const copy = { ...o };
console.log(copy[0], copy[1], Object.getOwnPropertyDescriptor(copy, "0")!.value);
