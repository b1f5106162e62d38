// Reading a missing property gives undefined; reading through undefined throws.
const o: any = { a: { b: 1 } };
console.log(o.x, o.a.x, o["missing"], o[0]);
try {
  console.log(o.x.y);
} catch (e) {
  console.log(e instanceof TypeError, (e as Error).name);
}
try {
  const n: any = null;
  n.prop = 1;
} catch (e) {
  console.log(e instanceof TypeError);
}
console.log(o.x?.y);
