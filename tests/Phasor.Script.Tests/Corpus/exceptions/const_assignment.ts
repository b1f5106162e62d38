// Assigning to a const binding throws a TypeError.
const c = 1;
try {
  (c as any) = 2;
} catch (e) {
  console.log(e instanceof TypeError, (e as Error).name);
}
console.log(c);
const arr = [1];
arr.push(2);
console.log(arr.length);
for (const x of [1, 2]) {
  try { (x as any)++; } catch (e) { console.log("loop const", (e as Error).name); }
}
