// parseFloat reads the longest valid decimal prefix.
console.log(parseFloat("3.14"), parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-.5e2"));
console.log(parseFloat("1e3x"), parseFloat("1e"), parseFloat("Infinityx"), parseFloat("-Infinity"));
console.log(parseFloat(""), parseFloat("x1"), parseFloat("  2.5  "), parseFloat("0x10"));
console.log(parseFloat("1.2.3"), parseFloat("00012"), parseFloat("1_000"));
