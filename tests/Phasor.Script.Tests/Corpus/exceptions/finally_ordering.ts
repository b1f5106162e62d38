// finally runs after try and catch, whether or not an error was thrown.
const log: string[] = [];
function run(shouldThrow: boolean) {
  try {
    log.push("try");
    if (shouldThrow) throw new Error("x");
    log.push("try end");
  } catch (e) {
    log.push("catch");
  } finally {
    log.push("finally");
  }
  log.push("after");
}
run(false); console.log(log.join(" ")); log.length = 0;
run(true); console.log(log.join(" "));
