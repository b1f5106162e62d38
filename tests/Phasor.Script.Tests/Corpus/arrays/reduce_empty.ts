// reduce on an empty array without an initial value throws a TypeError.
try {
  ([] as number[]).reduce((a, b) => a + b);
} catch (e) {
  console.log(e instanceof TypeError, (e as Error).name);
}
console.log([].reduce((a: number, b: number) => a + b, 0), [7].reduce((a, b) => a + b));
