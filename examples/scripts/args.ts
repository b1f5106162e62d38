// What a script sees of its command line: process.argv is [phasor, this file, ...arguments].
// Run: phasor run examples/scripts/args.ts one "two words" --three
const args = process.argv.slice(2);
console.log(`${args.length} argument(s)`);
args.forEach((arg, i) => console.log(`  [${i}] ${JSON.stringify(arg)}`));
if (args.includes("--fail")) {
  process.exitCode = 3;
}
