// The smallest Phasor Script program: `phasor run examples/scripts/hello.ts [NAME]`.
const name: string = process.argv[2] ?? "world";
console.log(`Hello, ${name}!`);
