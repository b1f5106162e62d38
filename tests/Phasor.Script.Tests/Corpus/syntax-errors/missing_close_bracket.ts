// Error 1: the array literal lacks its "]"; reported at the ";".
// Error 2: the index expression lacks its "]"; reported at the ")".
const a = [1, 2;
console.log(a[0);
let fine = 3;
