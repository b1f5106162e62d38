// Out of scope: static initialization blocks. Expected: "not supported" at "static".
class Table {
  static rows: number[] = [];
  static {
    Table.rows.push(1);
  }
}
console.log(Table.rows.length);
