// Circular references print as [Circular *1] with a <ref *1> marker.
const a: any = { name: "a" };
a.self = a;
console.log(a);
const list: any[] = [1];
list.push(list);
console.log(list);
const parent: any = { children: [] };
parent.children.push({ parent });
console.log(parent);
