// Missing arguments are undefined; extra arguments are ignored.
function show(a?: number, b?: string, c?: boolean) { return [a, b, c].map(v => String(v)).join(" "); }
console.log(show());
console.log(show(1));
console.log(show(1, "b", true));
console.log((show as any)(1, "b", true, "extra"));
