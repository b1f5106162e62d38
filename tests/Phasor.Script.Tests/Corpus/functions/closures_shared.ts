// Closures created in the same scope share the variables they capture.
function make() {
  let value = "init";
  const set = (v: string) => { value = v; };
  const get = () => value;
  return [set, get] as const;
}
const [set, get] = make();
console.log(get());
set("changed");
console.log(get());
let outer = 1;
const readOuter = () => outer;
outer = 2;
console.log(readOuter());
