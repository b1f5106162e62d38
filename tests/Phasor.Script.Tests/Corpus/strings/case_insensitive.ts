// Case-insensitive comparison and search via lowercasing.
const names = ["bob", "Alice", "carol", "Dave", "alice"];
console.log(names.slice().sort().join());
console.log(names.slice().sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)).join());
console.log(names.filter(n => n.toLowerCase() === "alice").length);
console.log("Hello".toLowerCase().includes("ell"), "HeLLo".toUpperCase() === "HELLO");
