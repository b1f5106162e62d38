// Objects used as dictionaries with in, delete and Object.keys.
const inventory: Record<string, number> = { apples: 3 };
function add(item: string, n: number) { inventory[item] = (inventory[item] ?? 0) + n; }
function remove(item: string) { if (item in inventory) { delete inventory[item]; return true; } return false; }
add("pears", 2); add("apples", 1); add("plums", 0);
console.log(inventory);
console.log(remove("pears"), remove("kiwis"), Object.keys(inventory).length);
let total = 0;
for (const k in inventory) total += inventory[k];
console.log(total);
