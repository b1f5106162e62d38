// Reading let or const before its declaration throws a ReferenceError.
function f() {
  try {
    console.log(x);
  } catch (e) {
    console.log(e instanceof ReferenceError, (e as Error).name);
  }
  let x = 1;
  console.log(x);
}
f();
try {
  const g = () => later;
  g();
  const later = 2;
} catch (e) {
  console.log(e instanceof ReferenceError);
}
