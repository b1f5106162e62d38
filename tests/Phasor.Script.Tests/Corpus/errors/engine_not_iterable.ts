// exit: 1
// throws: TypeError
// at: 7:30
// for-of over a value that is not iterable fails at the iterated expression.
const config: any = { channels: 8 };
let total = 0;
for (const channel of config.channels) {
  total += channel;
}
console.log(total);
