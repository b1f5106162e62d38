// instanceof with class hierarchies and built-in types.
class A {}
class B extends A {}
class C {}
const items: any[] = [new A(), new B(), new C(), {}, [], null, 5];
for (const it of items) {
  console.log(it instanceof A, it instanceof B, it instanceof C, it instanceof Object);
}
