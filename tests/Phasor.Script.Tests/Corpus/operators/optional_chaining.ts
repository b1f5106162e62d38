// ?. short-circuits on null and undefined for properties, indexing and calls.
type Node = { value: number; next?: Node; fn?: () => string };
const list: Node = { value: 1, next: { value: 2, fn: () => "called" } };
console.log(list.next?.value, list.next?.next?.value, list.next?.next?.next?.value);
console.log(list.fn?.(), list.next?.fn?.());
const arr: number[] | undefined = undefined;
console.log(arr?.[0], arr?.length);
const nul: any = null;
console.log(nul?.a.b.c, nul?.[0]?.x);
let count = 0;
nul?.method(count++);
console.log(count);
const obj: any = { a: { b: null } };
console.log(obj.a?.b?.c, obj.a?.b ?? "fallback");
