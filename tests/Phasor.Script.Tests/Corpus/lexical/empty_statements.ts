// Empty statements and stray semicolons are legal.
;;;
let n = 0;;
for (let i = 0; i < 3; i++);
if (n === 0);
while (n++ < 3);
console.log(n);
{ ; }
console.log("ok");
