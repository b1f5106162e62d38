// shift removes from the front; unshift inserts at the front.
const q = [1, 2, 3];
console.log(q.shift(), q.join(","), q.length);
console.log(q.unshift(9, 8), q.join(","));
const empty: number[] = [];
console.log(empty.shift(), empty.length);
const queue: string[] = [];
queue.push("a", "b"); queue.shift(); queue.push("c");
console.log(queue.join(","));
