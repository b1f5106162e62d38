// Out of scope: decorators. Expected: "not supported" at the "@".
function logged(target: unknown) { return target; }
@logged
class Voice {}
console.log(typeof Voice);
