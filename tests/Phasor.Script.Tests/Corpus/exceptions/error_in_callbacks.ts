// Errors thrown in callbacks propagate out of array methods and stop iteration.
const visited: number[] = [];
try {
  [1, 2, 3, 4].forEach(x => { visited.push(x); if (x === 2) throw new Error("stop at " + x); });
} catch (e) { console.log((e as Error).message, visited.join()); }
try { [3, 1, 2].sort(() => { throw new RangeError("bad comparator"); }); }
catch (e) { console.log((e as Error).name, (e as Error).message); }
try { JSON.parse("{bad json}"); }
catch (e) { console.log(e instanceof SyntaxError, (e as Error).name); }
