// A bank simulation with account classes, transfers, overdraft errors and an audit log.
class InsufficientFunds extends Error {
  constructor(readonly account: string, readonly needed: number) {
    super(`account ${account} needs ${needed.toFixed(2)} more`);
    this.name = "InsufficientFunds";
  }
}
class Account {
  private static nextId = 1;
  readonly id: string;
  protected balanceCents = 0;
  constructor(readonly owner: string) { this.id = "AC" + String(Account.nextId++).padStart(3, "0"); }
  get balance() { return this.balanceCents / 100; }
  deposit(amount: number) { this.balanceCents += Math.round(amount * 100); }
  withdraw(amount: number) {
    const cents = Math.round(amount * 100);
    if (cents > this.limit()) throw new InsufficientFunds(this.id, (cents - this.limit()) / 100);
    this.balanceCents -= cents;
  }
  protected limit() { return this.balanceCents; }
  toString() { return `${this.id}(${this.owner}): ${this.balance.toFixed(2)}`; }
}
class CreditAccount extends Account {
  constructor(owner: string, private creditCents: number) { super(owner); }
  protected limit() { return this.balanceCents + this.creditCents; }
}
class Bank {
  accounts = new Map<string, Account>();
  log: string[] = [];
  open(a: Account) { this.accounts.set(a.id, a); return a; }
  transfer(from: string, to: string, amount: number) {
    try {
      this.accounts.get(from)!.withdraw(amount);
      this.accounts.get(to)!.deposit(amount);
      this.log.push(`ok ${from}->${to} ${amount}`);
    } catch (e) {
      if (e instanceof InsufficientFunds) this.log.push(`fail ${e.message}`);
      else throw e;
    }
  }
}
const bank = new Bank();
const a = bank.open(new Account("ann")), b = bank.open(new CreditAccount("bob", 5000));
a.deposit(100.1); b.deposit(20);
bank.transfer(a.id, b.id, 30.05);
bank.transfer(b.id, a.id, 90);
bank.transfer(b.id, a.id, 10.01);
bank.transfer(a.id, b.id, 500);
console.log(bank.log.join("\n"));
for (const acc of bank.accounts.values()) console.log(String(acc));
