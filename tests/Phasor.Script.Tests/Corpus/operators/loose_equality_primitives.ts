// == between primitives of different types converts to number.
console.log(1 == "1", 0 == "", 0 == "0", "" == "0");
console.log(false == "0", false == "", false == "false", true == "1", true == "2");
console.log(null == undefined, null == 0, undefined == 0, null == false);
console.log(NaN == NaN, "1e1" == 10, " 1 " == 1, "0x10" == 16);
console.log(null == null, undefined == undefined, null === undefined);
