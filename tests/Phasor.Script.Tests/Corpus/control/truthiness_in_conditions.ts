// Conditions use ToBoolean for every value type.
const values: any[] = [undefined, null, false, true, 0, -0, NaN, 1, -1, "", " ", "0", [], {}, () => 0];
for (const v of values) {
  let r = "";
  if (v) r += "if";
  r += v ? "?" : ".";
  let n = 0;
  while (v && n < 1) n++;
  console.log(typeof v, r, n);
}
