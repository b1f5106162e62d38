// A stable sort of many records with equal keys keeps input order.
const items: { key: number; id: number }[] = [];
for (let i = 0; i < 200; i++) items.push({ key: (i * 7) % 5, id: i });
items.sort((a, b) => a.key - b.key);
let stable = true;
for (let i = 1; i < items.length; i++) {
  if (items[i].key === items[i - 1].key && items[i].id < items[i - 1].id) stable = false;
}
console.log(stable, items.slice(0, 5).map(x => x.id).join(), items[199].id);
const nums: number[] = [];
for (let i = 0; i < 1000; i++) nums.push((i * 7919) % 1009);
nums.sort((a, b) => a - b);
console.log(nums.slice(0, 5).join(), nums.slice(-3).join());
