// Type annotations on variables, parameters and returns are erased.
let count: number = 3;
const name: string = "phasor";
let flags: boolean[] = [true, false];
let tuple: [string, number] = ["a", 1];
let maybe: number | undefined;
let anything: any = { x: 1 };
let unknownValue: unknown = "u";
function scale(value: number, factor: number = 2): number { return value * factor; }
const arrow = (s: string): string => s + "!";
console.log(count, name, flags.length, tuple[1], maybe, anything.x, unknownValue);
console.log(scale(4), scale(4, 3), arrow("hi"));
let fn: (a: number, b: number) => number = (a, b) => a - b;
console.log(fn(5, 3));
