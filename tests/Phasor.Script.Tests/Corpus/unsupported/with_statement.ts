// Out of scope: the with statement. Expected: "not supported" at "with".
const o = { a: 1 };
with (o) {
  console.log(a);
}
