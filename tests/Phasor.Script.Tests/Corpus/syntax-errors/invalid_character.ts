// Error 1: "¤" is not a valid character.
// Error 2: "#" outside a private name is not valid.
let p = 3;
¤
let q = 5;
#
let ok = 6;
