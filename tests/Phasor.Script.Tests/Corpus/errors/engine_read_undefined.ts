// exit: 1
// throws: TypeError
// at: 7:25
// Reading a property of undefined at top level is an uncaught TypeError from the engine.
const config: any = { audio: { rate: 48000 } };
console.log(config.audio.rate);
console.log(config.midi.channel);
console.log("never printed");
