// The catch parameter is scoped to the catch block and may be destructured.
const e = "outer e";
try { throw new Error("inner"); } catch (e) { console.log((e as Error).message); }
console.log(e);
try { throw { code: 5, detail: "x" }; } catch ({ code, detail }) { console.log(code, detail); }
try { throw new Error("unused"); } catch { console.log("no binding"); }
