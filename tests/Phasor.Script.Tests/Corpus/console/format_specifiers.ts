// A first string argument is a format string: %s, %d, %i, %f and %% are substituted.
console.log("%s is %d years", "ann", 42);
console.log("%i and %f", 3.9, "2.5");
console.log("100%% sure", "extra");
console.log("%s", "only one", "then more");
console.log("missing %s and %d");
console.log("%d", "abc");
console.log("no specifiers", "%s");
