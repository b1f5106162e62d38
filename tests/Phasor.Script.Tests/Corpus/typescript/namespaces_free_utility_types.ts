// Utility types like Partial, Pick and Record are erased with the annotations that use them.
interface Track { name: string; volume: number; muted: boolean }
const patch: Partial<Track> = { volume: 0.5 };
const picked: Pick<Track, "name"> = { name: "lead" };
const table: Record<"a" | "b", number> = { a: 1, b: 2 };
const full: Required<Track> = { name: "bass", volume: 1, muted: false };
function apply(t: Track, p: Partial<Track>): Track { return { ...t, ...p }; }
console.log(apply(full, patch), picked.name, table.a + table.b);
