// Out of scope: namespaces. Expected: "not supported" at "namespace".
namespace Music {
  export const a4 = 440;
}
console.log(Music.a4);
