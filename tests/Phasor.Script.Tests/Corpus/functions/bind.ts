// bind fixes this and leading arguments; a bound function ignores later call this.
function scale(this: { factor: number }, x: number, y: number) { return (x + y) * this.factor; }
const double = scale.bind({ factor: 2 });
const doubleFrom10 = scale.bind({ factor: 2 }, 10);
console.log(double(1, 2), doubleFrom10(5), doubleFrom10.call({ factor: 100 }, 1));
const rebound = double.bind({ factor: 1000 });
console.log(rebound(1, 1));
console.log(double.name, doubleFrom10.length, double.length);
const arrow = () => "arrow";
console.log(arrow.bind({})());
