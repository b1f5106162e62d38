// Out of scope: async arrow functions. Expected: "not supported" at "async".
const f = async () => 1;
console.log("never runs");
