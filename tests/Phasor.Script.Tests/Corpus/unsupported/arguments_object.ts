// Out of scope: the arguments object (use a rest parameter). Expected: "not supported" at "arguments" inside a function.
function sum() {
  let total = 0;
  for (let i = 0; i < arguments.length; i++) total += arguments[i];
  return total;
}
const arrow = () => 1;
console.log(sum(), arrow());
