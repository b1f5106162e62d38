// Unbounded recursion through methods raises RangeError and the program continues.
class Tree {
  child: Tree | null = null;
  depth(): number { return 1 + (this.child ? this.child.depth() : 0); }
}
const root = new Tree();
root.child = root;
try { root.depth(); }
catch (e) { console.log(e instanceof RangeError, (e as Error).name); }
root.child = new Tree();
console.log(root.depth());
