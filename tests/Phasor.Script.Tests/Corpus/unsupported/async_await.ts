// Out of scope: async functions and await. Expected: "not supported" at "async".
async function load() {
  return 1;
}
console.log("never runs");
