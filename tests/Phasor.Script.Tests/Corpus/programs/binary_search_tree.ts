// A binary search tree with insert, search, in-order traversal and height.
class TreeNode { left: TreeNode | null = null; right: TreeNode | null = null; constructor(public key: number) {} }
class BST {
  root: TreeNode | null = null;
  size = 0;
  insert(k: number) {
    if (!this.root) { this.root = new TreeNode(k); this.size++; return; }
    let n = this.root;
    for (;;) {
      if (k === n.key) return;
      const side = k < n.key ? "left" : "right";
      const child = n[side];
      if (!child) { n[side] = new TreeNode(k); this.size++; return; }
      n = child;
    }
  }
  has(k: number) { let n = this.root; while (n) { if (k === n.key) return true; n = k < n.key ? n.left : n.right; } return false; }
  inorder(n = this.root, out: number[] = []): number[] { if (n) { this.inorder(n.left, out); out.push(n.key); this.inorder(n.right, out); } return out; }
  height(n = this.root): number { return n ? 1 + Math.max(this.height(n.left), this.height(n.right)) : 0; }
}
const t = new BST();
for (const k of [50, 30, 70, 20, 40, 60, 80, 30, 65, 10]) t.insert(k);
console.log(t.size, t.height(), t.inorder().join(" "));
console.log(t.has(65), t.has(66));
const big = new BST();
let x = 1;
for (let i = 0; i < 2000; i++) { x = (x * 7919 + 13) % 10007; big.insert(x); }
console.log(big.size, big.height() < 40, big.inorder().slice(0, 5).join(","));
