try { [1, 2].map(x => { if (x === 2) throw new Error("cb" + x); return x; }); } catch (e: any) { console.log("caught", e.message); }
try { [3, 1, 2].sort(() => { throw new RangeError("cmp"); }); } catch (e: any) { console.log(e.name); }
const o = { get g(): number { throw new TypeError("getter"); } }; try { o.g; } catch (e: any) { console.log(e.message); }
function deep(n: number): number { return n === 0 ? [1].map(() => { throw new Error("deep"); })[0] : deep(n - 1); }
try { deep(50); } catch (e: any) { console.log(e.message); }
console.log([1, 2, 3].map(x => [x].map(y => y * 2)[0]));
