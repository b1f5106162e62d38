// Grouping, sorting and formatting records into a text table.
const rows = [
  { sku: "OSC-1", kind: "oscillator", price: 129.5, qty: 3 },
  { sku: "FLT-2", kind: "filter", price: 89, qty: 0 },
  { sku: "OSC-7", kind: "oscillator", price: 249.99, qty: 1 },
  { sku: "ENV-3", kind: "envelope", price: 45.25, qty: 12 },
  { sku: "FLT-9", kind: "filter", price: 139, qty: 2 },
];
const groups = new Map<string, typeof rows>();
for (const r of rows) { if (!groups.has(r.kind)) groups.set(r.kind, []); groups.get(r.kind)!.push(r); }
const kinds = [...groups.keys()].sort();
for (const k of kinds) {
  const items = groups.get(k)!.sort((a, b) => b.price - a.price);
  const value = items.reduce((s, r) => s + r.price * r.qty, 0);
  console.log(`${k.toUpperCase()} (${items.length})`.padEnd(18) + value.toFixed(2).padStart(10));
  for (const r of items) console.log("  " + r.sku.padEnd(8) + String(r.qty).padStart(4) + r.price.toFixed(2).padStart(10) + (r.qty === 0 ? "  out of stock" : ""));
}
const total = rows.reduce((s, r) => s + r.price * r.qty, 0);
console.log("TOTAL".padEnd(18) + total.toFixed(2).padStart(10));
