// Strings inside containers are quoted and escaped.
console.log(["line\nbreak", "tab\t", "back\\slash", "uni\u0001"]);
console.log({ s: "x'y", t: 'x"y', u: "x'y\"z" });
console.log(["é", "😀", "日本"]);
console.log("top level keeps 'quotes' and \"quotes\" raw");
