// Nested function declarations are local to their function.
function outer(n: number) {
  function helper(x: number) { return x * n; }
  const arrow = (x: number) => helper(x) + 1;
  return [helper(2), arrow(2)];
}
console.log(outer(3).join(","), outer(10).join(","));
console.log(typeof helper);
