// Tabs, form feeds and unusual spacing between tokens are whitespace.
let	a	=	1;
let b =   2  ;
console.log( a+b , a -b,a*   b );
if(a<b){console.log("lt")}else{console.log("ge")}
for(let i=0;i<2;i++)console.log(i)
