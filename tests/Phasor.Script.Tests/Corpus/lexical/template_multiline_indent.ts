// Multi-line templates keep their indentation and newlines exactly.
function render(items: string[]) {
  let out = `<ul>
`;
  for (const it of items) {
    out += `  <li>${it}</li>
`;
  }
  return out + `</ul>`;
}
console.log(render(["a", "b"]));
const w = 4;
console.log(`|${"x".padStart(w)}|${"y".padEnd(w)}|`);
