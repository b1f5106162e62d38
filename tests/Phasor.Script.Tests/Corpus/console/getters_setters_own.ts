// Own accessor properties on objects print as [Getter], [Setter] or [Getter/Setter].
const o = {
  plain: 1,
  get g() { return 1; },
  set s(v: number) {},
  get gs() { return 2; },
  set gs(v: number) {},
};
console.log(o);
