// TypeScript enums are plain objects with reverse mappings for numeric members.
enum Wave { Sine, Square, Saw = 10, Triangle }
enum Mode { Major = "major", Minor = "minor" }
console.log(Wave);
console.log(Mode);
console.log(Wave.Saw, Wave[11], Mode.Minor);
