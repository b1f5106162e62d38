// console.log formatting beyond the basics: depth, sparse arrays, accessors, null prototypes, nesting of Maps and Sets.
console.log({ a: { b: { c: { d: { e: 1 } } } }, list: [[[[1]]]] });
console.log([1, , 3, , , 6], [, ,], new Array(5), [undefined, null]);
console.log({ get g() { return 1; }, set s(v: number) {}, get gs() { return 1; }, set gs(v: number) {} });
const bare = Object.create(null);
bare.x = 1;
console.log(bare, Object.create(null));
console.log(new Map([[new Map([[1, 2]]), new Set([[1, 2]])]]), new Set([new Set(), new Map()]));
console.log([new Map([["a", { deep: { deeper: { deepest: 1 } } }]])]);
console.log(["a'b", 'c"d', "e`f'g\"h"], { "key with space": 1, valid_id: 2, "1abc": 3, $dollar: 4 });
console.log([-0, 0, NaN, -Infinity], { n: -0 }, [1.5e300, 1e-7, 2 ** 53]);
class Empty {}
class WithFields { a = 1; b = "two"; }
console.log(new Empty(), new WithFields(), [new WithFields()], { nested: new WithFields() });
function fn() {}
fn.prop = 5;
const arrow = () => {};
console.log(fn, arrow, [fn, arrow], { fn }, class Named {}, class extends Empty {});
console.log("x".repeat(100).length, ["y".repeat(30), "z".repeat(30), "w".repeat(30)]);
console.log(Array.from({ length: 30 }, (_, i) => i * 1000));
console.log({ a: [1, 2, 3], b: { c: [4, 5, { d: 6 }] }, e: "a fairly long string value to force line breaking here" });
const circular: any = { name: "loop", children: [] };
circular.children.push(circular);
circular.self = circular;
console.log(circular);
console.log([[]], [{}], {}, [], [[[]]], { a: {} }, "%s and %d", "str", 42);
