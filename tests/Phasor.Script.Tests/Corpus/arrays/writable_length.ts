// Setting length truncates or extends an array.
const a = [1, 2, 3, 4, 5];
a.length = 3;
console.log(a.join(), a.length, a[3]);
a.length = 5;
console.log(a, a[4], 4 in a);
a.length = 0;
console.log(a, a.length);
const b = [1];
b[5] = 6;
console.log(b.length);
b.length = 2;
console.log(b);
