// exit: 1
// throws: Error: second, while handling
// at: 9:9
// An error thrown from a catch block is uncaught when there is no outer handler.
try {
  throw new Error("first");
} catch (e) {
  console.log("handling", (e as Error).message);
  throw new Error("second, while handling");
}
