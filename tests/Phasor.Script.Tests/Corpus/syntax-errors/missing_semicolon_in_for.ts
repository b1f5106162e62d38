// Error: the for header lacks its second ";"; reported at "i".
let total = 0;
for (let i = 0; i < 3 i++) total += i;
console.log(total);
