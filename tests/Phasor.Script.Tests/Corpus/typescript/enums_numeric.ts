// Numeric enums auto-increment and provide reverse mappings.
enum Color { Red, Green, Blue }
enum Status { Active = 1, Paused, Stopped = 10, Done }
console.log(Color.Red, Color.Green, Color.Blue, Color[0], Color[2]);
console.log(Status.Active, Status.Paused, Status.Stopped, Status.Done, Status[11]);
console.log(Object.keys(Color).join(","));
function colorName(c: Color) { return Color[c]; }
console.log(colorName(Color.Blue), Color["Green"], typeof Color);
