// exit: 1
// throws: TypeError
// at: 7:7
// Calling something that is not a function is an uncaught TypeError from the engine.
const synth: any = { play: () => "playing" };
console.log(synth.play());
synth.stop();
