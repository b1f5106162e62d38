// Destructuring assignment swaps and rotates variables without temporaries.
let a = 1, b = 2, c = 3;
[a, b] = [b, a];
console.log(a, b);
[a, b, c] = [b, c, a];
console.log(a, b, c);
const arr = [10, 20, 30];
[arr[0], arr[2]] = [arr[2], arr[0]];
console.log(arr.join());
const o = { x: 1, y: 2 };
[o.x, o.y] = [o.y, o.x];
console.log(o.x, o.y);
