// Set add, has, delete, size and clear.
const s = new Set<any>();
s.add(1).add(2).add(2).add("2");
console.log(s.size, s.has(1), s.has("1"), s.has("2"));
console.log(s.delete(2), s.delete(2), s.size);
s.clear();
console.log(s.size, s.has(1));
const fromArray = new Set([3, 1, 3, 2, 1]);
console.log(fromArray.size, [...fromArray].join());
