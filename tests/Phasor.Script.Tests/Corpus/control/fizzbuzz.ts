// FizzBuzz with a switch on a computed value.
for (let i = 1; i <= 15; i++) {
  switch ((i % 3 === 0 ? 1 : 0) + (i % 5 === 0 ? 2 : 0)) {
    case 1: console.log("Fizz"); break;
    case 2: console.log("Buzz"); break;
    case 3: console.log("FizzBuzz"); break;
    default: console.log(i);
  }
}
