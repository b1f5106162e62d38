// sort with a comparator; the sort is stable.
const nums = [10, 9, 1, 100, 25, 2, -5, 0.5];
console.log(nums.slice().sort((a, b) => a - b).join());
console.log(nums.slice().sort((a, b) => b - a).join());
const people = [
  { name: "ann", age: 30 }, { name: "bob", age: 25 }, { name: "cat", age: 30 },
  { name: "dan", age: 25 }, { name: "eve", age: 35 }, { name: "fay", age: 30 },
];
console.log(people.slice().sort((a, b) => a.age - b.age).map(p => p.name).join());
console.log(people.slice().sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)).map(p => p.name).join());
console.log([3, 1, 2].sort(() => 0).join());
