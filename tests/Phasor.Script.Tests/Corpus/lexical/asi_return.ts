// A newline after return ends the statement, so the value on the next line is unreachable.
function broken() {
  return
  42;
}
function fine() {
  return (
    42
  );
}
console.log(broken());
console.log(fine());
