// Number static helpers and instance methods used together.
const inputs = ["42", "3.14", "abc", "", "1e3", " 7 ", "0x10"];
for (const s of inputs) {
  const n = Number(s);
  console.log(JSON.stringify(s), n, parseInt(s), parseFloat(s), Number.isInteger(n), Number.isNaN(n));
}
