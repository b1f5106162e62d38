// String enums have no reverse mapping.
enum Dir { Up = "UP", Down = "DOWN" }
console.log(Dir.Up, Dir.Down, (Dir as any)["UP"], Object.keys(Dir).join(","));
function move(d: Dir) {
  switch (d) {
    case Dir.Up: return "moving up";
    case Dir.Down: return "moving down";
  }
}
console.log(move(Dir.Up), move(Dir.Down));
console.log(Object.values(Dir).join("|"));
