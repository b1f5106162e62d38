// Automatic semicolon insertion: where a line break ends a statement and where it does not.
function returnsUndefined() {
  return
  42;
}
const a = 1
const b = 2
;[a, b].forEach(n => console.log("item", n))
const c = a
+ b
console.log(returnsUndefined(), c)
let i = 0
let j = 5
i
++j
console.log(i, j)
const s = "x"
;(() => console.log("iife after a semicolon", s))()
const t = `template`
console.log(t)
const arrow = () =>
  "arrow body on the next line"
console.log(arrow())
let k = 1
k
--
k
console.log(k)
const obj = { a: 1 }
const val = obj
  .a
console.log(val)
do console.log("do once"); while (false) console.log("after do-while")
if (a) console.log("then")
else console.log("else")
for (let n = 0; n < 2; n++) console.log("loop", n)
const last = "no semicolon at the end"
console.log(last)
