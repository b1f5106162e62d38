// exit: 1
// throws: TypeError
// at: 9:35
// Calling what a call returned: the error points at the second call's parenthesis, as V8 reports it.
function makeFilter(kind: string): any {
  return kind === "lowpass" ? (x: number) => x * 0.5 : undefined;
}
console.log(makeFilter("lowpass")(4));
console.log(makeFilter("highpass")(4));
