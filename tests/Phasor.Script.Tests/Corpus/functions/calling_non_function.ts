// Calling a value that is not a function throws a TypeError.
const values: any[] = [undefined, null, 1, "str", {}, []];
for (const v of values) {
  try {
    v();
    console.log("called");
  } catch (e) {
    console.log(e instanceof TypeError, (e as Error).name);
  }
}
const o: any = { notAMethod: 5 };
try { o.notAMethod(); } catch (e) { console.log(e instanceof TypeError); }
try { o.missing(); } catch (e) { console.log(e instanceof TypeError); }
