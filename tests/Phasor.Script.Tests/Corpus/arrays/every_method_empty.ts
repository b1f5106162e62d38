// Methods on empty arrays return their neutral results.
const e: number[] = [];
console.log(e.map(x => x).length, e.filter(x => x).length, e.join(), e.slice().length);
console.log(e.indexOf(1), e.includes(1), e.find(x => x), e.pop(), e.shift());
console.log(e.concat().length, e.reverse().length, e.sort().length, e.flat().length);
console.log(e.every(x => x > 0), e.some(x => x > 0), e.fill(1).length, e.at(0));
