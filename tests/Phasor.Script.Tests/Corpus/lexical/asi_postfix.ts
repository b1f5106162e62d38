// A newline before ++ makes it a prefix operator on the next line.
let a = 1;
let b = 2;
a
++b
console.log(a, b);
let i = 5
i
--
i
console.log(i);
