// public, private and protected are erased; the fields remain ordinary properties.
class Account {
  public owner: string;
  private balance = 0;
  protected history: number[] = [];
  constructor(owner: string) { this.owner = owner; }
  public deposit(n: number) { this.balance += n; this.history.push(n); return this; }
  private secret() { return "hidden"; }
  reveal() { return this.secret() + ":" + this.balance; }
}
const a = new Account("ann").deposit(10).deposit(5);
console.log(a.reveal(), a.owner, (a as any).balance, (a as any).history.length);
console.log(Object.keys(a).join(","));
