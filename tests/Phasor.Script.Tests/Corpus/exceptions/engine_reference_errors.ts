// Undeclared variables and the temporal dead zone raise ReferenceError.
try { (undeclaredVariable as any) + 1; }
catch (e) { console.log(e instanceof ReferenceError, (e as Error).name); }
try { useBeforeDeclare++; let useBeforeDeclare = 0; }
catch (e) { console.log(e instanceof ReferenceError, (e as Error).name); }
console.log(typeof undeclaredVariable);
