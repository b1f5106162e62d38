// Out of scope: modules. Expected: "not supported" at "export" and at the dynamic "import".
export const tempo = 120;
const mod = import("./other");
console.log(tempo, mod);
