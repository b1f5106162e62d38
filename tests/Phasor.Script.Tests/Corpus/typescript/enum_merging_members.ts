// Merged enum declarations share one object; later initializers see earlier members by their bare names.
enum Color { Red, Green }
enum Color { Blue = 5, Purple = Blue + 1, Mixed = Green + 10 }
console.log(Color.Red, Color.Green, Color.Blue, Color.Purple, Color.Mixed, Color[11], Object.keys(Color).join());
function local() {
  enum Dir { Up = 1 }
  enum Dir { Down = Up + 1 }
  return Dir;
}
console.log(JSON.stringify(local()));
{
  enum Inner { X = "x" }
  enum Inner { Y = 2 }
  console.log(Inner.X, Inner.Y, Inner[2]);
}
