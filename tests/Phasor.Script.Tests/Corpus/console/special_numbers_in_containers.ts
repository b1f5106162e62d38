// Numbers inside containers are formatted like String(), except -0.
console.log([0.1 + 0.2, 1e21, 1e-7, -0, 2 ** 53 + 1, NaN, -Infinity]);
console.log({ a: -0, b: 0, c: 5e-324, d: 1.7976931348623157e308 });
console.log([[-0], { z: -0 }]);
