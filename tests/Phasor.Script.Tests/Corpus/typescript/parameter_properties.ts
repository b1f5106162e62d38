// Constructor parameter properties become fields assigned before the constructor body.
class Voice {
  created: string;
  constructor(public note: number, private velocity = 100, readonly channel: number = 1, protected tag?: string) {
    this.created = `note ${this.note} vel ${this.velocity}`;
  }
  get info() { return `${this.note}/${this.velocity}/${this.channel}/${this.tag}`; }
}
const v = new Voice(60);
console.log(v.info, v.created);
console.log(new Voice(64, 80, 2, "lead").info);
console.log(Object.keys(v).join(","));
console.log(v);
