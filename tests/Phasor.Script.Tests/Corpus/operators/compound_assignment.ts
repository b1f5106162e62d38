// Every compound assignment operator.
let x = 10;
x += 5; console.log(x);
x -= 3; console.log(x);
x *= 2; console.log(x);
x /= 4; console.log(x);
x %= 4; console.log(x);
x **= 3; console.log(x);
let b = 0b1010;
b &= 0b0110; console.log(b);
b |= 0b1001; console.log(b);
b ^= 0b1111; console.log(b);
b <<= 3; console.log(b);
b >>= 1; console.log(b);
b = -b; b >>>= 28; console.log(b);
let s = "a";
s += 1; s += null; console.log(s);
