// Unary + and - convert to number.
console.log(+true, +false, +null, +undefined, +[], +[5], +[1, 2], +{});
console.log(-"", -" ", -"-5", +"Infinity", +"-Infinity", +"infinity");
console.log(+"0b101", +"0o17", +"0xF", +"1_000", +".5", +"5.", +"1e");
console.log(- -1, -(-0), +-0);
