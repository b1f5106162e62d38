// Tabs, vertical tabs, form feeds, no-break spaces and unusual spacing between tokens are whitespace.
let	a	=	1;
let b =2  ;
let c = 3;
console.log( a+b , a -b,a*   b , c);
if(a<b){console.log("lt")}else{console.log("ge")}
for(let i=0;i<2;i++)console.log(i)
