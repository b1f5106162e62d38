// Factories that return objects of closures.
function makeStack<T>() {
  const items: T[] = [];
  return {
    push(x: T) { items.push(x); return this; },
    pop() { return items.pop(); },
    peek: () => items[items.length - 1],
    size: () => items.length,
  };
}
const s = makeStack<number>();
s.push(1).push(2).push(3);
console.log(s.size(), s.peek(), s.pop(), s.pop(), s.size());
