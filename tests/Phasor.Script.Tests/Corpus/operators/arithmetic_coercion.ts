// Arithmetic converts operands with ToNumber, except + which concatenates with strings.
console.log("6" * "7", "10" / 4, "9" - 2, "3" + 4);
console.log(true + true, true + 1, null + 1, undefined + 1);
console.log([] + [], [] + {}, [2] * [3], [1, 2] + [3]);
console.log("abc" * 1, "0x10" * 1, "  42  " - 0, "4px" - 0);
console.log(null * 5, false - true, "" - 1);
