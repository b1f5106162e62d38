// catch can rethrow to an outer handler; finally blocks run on the way out.
function inner() {
  try { throw new TypeError("inner problem"); }
  catch (e) { console.log("inner caught", (e as Error).name); throw e; }
  finally { console.log("inner finally"); }
}
function middle() {
  try { inner(); }
  finally { console.log("middle finally"); }
}
try { middle(); }
catch (e) { console.log("outer caught", (e as Error).message, e instanceof TypeError); }
