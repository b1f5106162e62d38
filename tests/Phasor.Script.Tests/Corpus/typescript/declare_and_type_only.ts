// declare statements, type-only declarations and index signatures produce no code.
declare const injected: number;
declare function hostCall(x: number): void;
type Dict = { [key: string]: number };
interface Indexed { [i: number]: string }
const d: Dict = { a: 1 };
const idx: Indexed = ["zero"];
console.log(d.a, idx[0], typeof injected === "undefined" ? "no injected" : "injected");
console.log(typeof hostCall === "undefined" ? "no hostCall" : "hostCall");
