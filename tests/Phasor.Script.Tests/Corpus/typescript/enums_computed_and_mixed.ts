// Enums with computed members, members referring to others, and heterogeneous members.
enum Flags { None = 0, A = 1 << 0, B = 1 << 1, C = 1 << 2, AB = A | B, All = A | B | C }
enum Mixed { No = 0, Yes = "YES" }
enum Len { Short = "ab".length, Long = Short * 10 }
console.log(Flags.None, Flags.A, Flags.B, Flags.C, Flags.AB, Flags.All, Flags[3]);
console.log(Mixed.No, Mixed.Yes, Mixed[0]);
console.log(Len.Short, Len.Long);
const f = Flags.A | Flags.C;
console.log((f & Flags.B) !== 0, (f & Flags.C) !== 0);
