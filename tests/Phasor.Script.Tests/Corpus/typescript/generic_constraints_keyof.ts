// keyof and indexed access types in generic helpers.
function pluck<T, K extends keyof T>(items: T[], key: K): T[K][] { return items.map(i => i[key]); }
const notes = [{ name: "c", midi: 60 }, { name: "e", midi: 64 }];
console.log(pluck(notes, "name").join(), pluck(notes, "midi").join());
type Keys = keyof typeof notes[0];
const k: Keys = "midi";
console.log(k);
function getProp<T extends object, K extends keyof T>(o: T, key: K): T[K] { return o[key]; }
console.log(getProp({ a: 1, b: "two" }, "b"));
