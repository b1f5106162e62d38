// Shorthand properties and methods.
const x = 1, y = "two";
const fn = () => "fn";
const o = { x, y, fn, method() { return this.x + 1; } };
console.log(o.x, o.y, o.fn(), o.method());
console.log(Object.keys(o).join(","));
function make(name: string, age: number) { return { name, age }; }
console.log(make("ann", 30));
