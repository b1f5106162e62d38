// Automatic semicolon insertion at newlines and before closing braces.
let x = 1
let y = 2
console.log(x + y)
function f() { return 7 }
console.log(f())
let z = x
+ y
console.log(z)
const arr = [1, 2]
console.log(arr.length)
x++
console.log(x)
