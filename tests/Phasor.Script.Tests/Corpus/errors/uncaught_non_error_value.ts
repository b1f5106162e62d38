// exit: 1
// at: 5:1
// Throwing a non-Error value that nobody catches also exits with code 1.
console.log("throwing a string");
throw "just a string";
