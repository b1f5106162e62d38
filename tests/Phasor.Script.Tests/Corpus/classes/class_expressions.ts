// Classes as expressions, assigned and returned from functions.
const Anon = class { hi() { return "anon"; } };
const Named = class Inner { hi() { return Inner.name; } };
console.log(new Anon().hi(), new Named().hi(), Anon.name, Named.name);
function mixin(Base: new () => { base(): string }) {
  return class extends Base { extra() { return "extra+" + this.base(); } };
}
class Root { base() { return "root"; } }
const Mixed = mixin(Root);
console.log(new Mixed().extra(), new Mixed() instanceof Root);
