// Blocks introduce scopes for let and const; var ignores blocks.
let a = "outer";
{
  let a = "inner";
  const b = "block";
  var v = "var";
  console.log(a, b);
}
console.log(a, v);
{
  {
    let a = "deep";
    console.log(a);
  }
}
console.log(typeof b);
