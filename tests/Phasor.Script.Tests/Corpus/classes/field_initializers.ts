// Field initialisers run in order before the constructor body, and may use this.
class Config {
  a = 1;
  b = this.a + 1;
  c: number;
  list: string[] = [];
  constructor() {
    this.c = this.b * 10;
    this.list.push("ctor");
  }
}
const c = new Config();
console.log(c.a, c.b, c.c, c.list.join());
console.log(Object.keys(c).join(","));
const d = new Config();
console.log(c.list === d.list);
