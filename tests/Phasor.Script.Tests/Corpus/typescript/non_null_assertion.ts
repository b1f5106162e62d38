// The ! postfix assertion is erased and does not check at run time.
const m = new Map<string, number>([["a", 1]]);
const a = m.get("a")!;
console.log(a + 1);
let maybe: string | undefined = Math.max(1, 2) > 1 ? "set" : undefined;
console.log(maybe!.toUpperCase());
const arr: (number | null)[] = [1, null];
console.log(arr[0]! * 10);
let late!: number;
late = 5;
console.log(late);
const missing = m.get("zzz")!;
console.log(missing);
