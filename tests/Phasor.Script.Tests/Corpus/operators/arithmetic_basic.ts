// The five arithmetic operators on integers and fractions.
console.log(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 % 3);
console.log(-7 % 3, 7 % -3, -7 % -3, 5.5 % 2);
console.log(0.1 * 3, 1 / 3, 2 / 3);
console.log(1 / 0, -1 / 0, 0 / 0);
console.log(-(-5), +"3", -"3", +"", +" 12 ", +"1e3");
