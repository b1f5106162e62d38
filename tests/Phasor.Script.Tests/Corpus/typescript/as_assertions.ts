// as assertions and angle-bracket-free casts are erased.
const v: unknown = "text";
const len = (v as string).length;
const o = {} as { x?: number };
o.x = 5;
const n = ("42" as unknown) as number;
console.log(len, o.x, typeof n, n);
const arr = [1, 2, 3] as const;
console.log(arr.length, arr[2]);
const el = { kind: "note", pitch: 60 } as const;
console.log(el.kind, el.pitch);
const satisfied = { a: 1 } satisfies { a: number };
console.log(satisfied.a);
