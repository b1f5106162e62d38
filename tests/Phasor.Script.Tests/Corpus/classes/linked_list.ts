// A singly linked list class with iteration by method.
class ListNode<T> { constructor(public value: T, public next: ListNode<T> | null = null) {} }
class LinkedList<T> {
  head: ListNode<T> | null = null;
  size = 0;
  prepend(v: T) { this.head = new ListNode(v, this.head); this.size++; return this; }
  reverse() {
    let prev: ListNode<T> | null = null, cur = this.head;
    while (cur) { const next = cur.next; cur.next = prev; prev = cur; cur = next; }
    this.head = prev;
    return this;
  }
  toArray() { const out: T[] = []; for (let n = this.head; n; n = n.next) out.push(n.value); return out; }
}
const l = new LinkedList<number>().prepend(3).prepend(2).prepend(1);
console.log(l.toArray().join("->"), l.size);
console.log(l.reverse().toArray().join("->"));
