// exit: 1
// throws: Error: name too long: abcdef
// at: 7:32 15:13
// An error caught, logged and rethrown is still uncaught.
function load(name: string) {
  try {
    if (name.length > 3) throw new Error("name too long: " + name);
    return name;
  } catch (e) {
    console.log("load failed:", (e as Error).message);
    throw e;
  }
}
console.log(load("abc"));
console.log(load("abcdef"));
