// Nested loops computing a multiplication table.
for (let i = 1; i <= 5; i++) {
  let row = "";
  for (let j = 1; j <= 5; j++) row += String(i * j).padStart(4);
  console.log(row);
}
