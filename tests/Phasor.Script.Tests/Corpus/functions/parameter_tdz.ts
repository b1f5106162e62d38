// Parameters with defaults are initialized left to right: a default may read earlier parameters but not later ones.
function later(a = b, b = 2) { return [a, b]; }
try { later(); } catch (e) { console.log((e as Error).name, (e as Error).message); }
console.log(later(1).join());
function self(a = a) { return a; }
try { self(); } catch (e) { console.log((e as Error).name, (e as Error).message); }
console.log(self(5));
function earlier(a: number, b = a * 10, { c } = { c: b + 1 }, [d = c * 2] = []) { return [a, b, c, d].join(); }
console.log(earlier(1), earlier(1, 2), earlier(1, 2, { c: 3 }), earlier(1, 2, { c: 3 }, [4]));
// A closure made in a default that reads a later parameter fails only if it runs too early.
function deferred(read = () => b, b = 7) { return read(); }
console.log(deferred());
function eager(read = () => b, x = read(), b = 7) { return x; }
try { eager(); } catch (e) { console.log((e as Error).name, (e as Error).message); }
const arrowLater = (a = b, b = 1) => a + b;
try { arrowLater(); } catch (e) { console.log((e as Error).name, (e as Error).message); }
console.log(arrowLater(2));
class Ctor { v: number; constructor(a = b, b = 3) { this.v = a + b; } }
try { new Ctor(); } catch (e) { console.log((e as Error).name, (e as Error).message); }
console.log(new Ctor(1).v);
