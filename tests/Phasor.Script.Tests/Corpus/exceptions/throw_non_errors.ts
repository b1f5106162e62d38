// Any value can be thrown; catch receives exactly that value.
function thrower(v: unknown) { throw v; }
const vals: unknown[] = [undefined, 0, false, "", [1, 2], () => 1];
for (const v of vals) {
  try { thrower(v); } catch (e) { console.log(e === v, typeof e); }
}
