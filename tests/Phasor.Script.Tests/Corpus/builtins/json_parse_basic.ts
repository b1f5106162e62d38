// JSON.parse of every value type.
console.log(JSON.parse("1"), JSON.parse("-1.5e2"), JSON.parse('"s"'), JSON.parse("true"), JSON.parse("null"));
const o = JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041\\n","d":{}}');
console.log(o.a.length, o.a[2].b, JSON.stringify(o.c), Object.keys(o.d).length);
console.log(JSON.parse(" [ 1 , 2 ] ").length, JSON.parse('"\\ud83d\\ude00"').length);
console.log(JSON.parse('{"z":1,"a":2,"5":3}'));
console.log(JSON.parse("1E3"), JSON.parse("0.5"), JSON.parse('"\\"\\\\\\/"'));
