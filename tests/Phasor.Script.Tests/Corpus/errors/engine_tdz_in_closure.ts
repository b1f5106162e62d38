// exit: 1
// throws: ReferenceError
// at: 7:33 5:43 6:1
// A closure that runs before the let it reads is initialized throws a ReferenceError at the read.
function schedule(callback: () => void) { callback(); }
schedule(() => {
  console.log("scheduled with", pending);
});
let pending = 3;
