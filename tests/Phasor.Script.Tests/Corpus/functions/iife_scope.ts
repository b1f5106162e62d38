// Immediately invoked functions create private scopes.
const counter = (() => {
  let c = 0;
  return { next: () => c++ };
})();
console.log(counter.next(), counter.next(), counter.next());
var x = "global";
(function () {
  var x = "local";
  console.log(x);
})();
console.log(x);
