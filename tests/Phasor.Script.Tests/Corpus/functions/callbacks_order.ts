// Callbacks run synchronously in the order they are invoked.
const log: string[] = [];
function each(xs: number[], cb: (x: number, i: number) => void) { for (let i = 0; i < xs.length; i++) cb(xs[i], i); }
each([5, 6, 7], (x, i) => log.push(i + ":" + x));
console.log(log.join(" "));
function withCleanup(body: () => void, cleanup: () => void) { try { body(); } finally { cleanup(); } }
withCleanup(() => console.log("body"), () => console.log("cleanup"));
