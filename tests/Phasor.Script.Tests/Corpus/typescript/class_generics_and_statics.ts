// Generic classes with static factory methods and typed fields.
class Stack<T> {
  private items: T[] = [];
  static of<U>(...xs: U[]): Stack<U> { const s = new Stack<U>(); for (const x of xs) s.push(x); return s; }
  push(x: T): void { this.items.push(x); }
  pop(): T | undefined { return this.items.pop(); }
  get size(): number { return this.items.length; }
}
const s = Stack.of<number>(1, 2, 3);
console.log(s.size, s.pop(), s.pop(), s.size);
const strs = Stack.of("a");
console.log(strs.pop(), strs.pop(), strs.size);
