// Objects are references; nested structures are shared unless copied.
const a = { inner: { v: 1 }, list: [1] };
const shallow = { ...a };
shallow.inner.v = 2;
shallow.list.push(2);
console.log(a.inner.v, a.list.length, a.inner === shallow.inner);
const deep = JSON.parse(JSON.stringify(a));
deep.inner.v = 99;
console.log(a.inner.v, deep.inner.v);
