// A table of == and === across representative values.
const values: any[] = [0, 1, "", "0", "1", null, undefined, NaN, true, false, [], "a"];
const names = ["0", "1", '""', '"0"', '"1"', "null", "undef", "NaN", "true", "false", "[]", '"a"'];
for (let i = 0; i < values.length; i++) {
  let loose = "", strict = "";
  for (let j = 0; j < values.length; j++) {
    loose += values[i] == values[j] ? "1" : ".";
    strict += values[i] === values[j] ? "1" : ".";
  }
  console.log(names[i].padEnd(6), loose, strict);
}
