// exit: 1
// throws: TypeError
// at: 9:40 9:24 12:25
// An engine error inside an arrow passed to map, itself called from a method.
interface Voice { env?: { attack: number } }
class Synth {
  voices: Voice[] = [{ env: { attack: 1 } }, {}];
  attacks() {
    return this.voices.map(v => v.env!.attack * 2);
  }
}
console.log(new Synth().attacks().join());
