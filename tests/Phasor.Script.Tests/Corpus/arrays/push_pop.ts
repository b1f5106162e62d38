// push returns the new length; pop returns the removed element.
const a: number[] = [];
console.log(a.push(1), a.push(2, 3), a.join(","));
console.log(a.pop(), a.pop(), a.length, a.pop(), a.pop(), a.length);
const stack = ["a"];
stack.push("b");
stack[stack.length] = "c";
console.log(stack.join(""), stack.length);
