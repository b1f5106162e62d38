// Runs a module the way DifferentialTests runs it in Phasor and prints the same transcript:
// for each exported function in export order: "call NAME", its log-* imports, then "result ..." or "trap".
// Arguments are zeros of each parameter's type (read from the binary, since JS cannot reflect Wasm types).
// usage: node run-v8.mjs MODULE.wasm
import fs from 'node:fs';

const bytes = fs.readFileSync(process.argv[2]);
const lines = [];
const f32 = new Float32Array(1), u32 = new Uint32Array(f32.buffer);
const f64 = new Float64Array(1), u64 = new BigUint64Array(f64.buffer);
const bits32 = v => Number.isNaN(v) ? 'nan' : (f32[0] = v, String(u32[0]));
const bits64 = v => Number.isNaN(v) ? 'nan' : (f64[0] = v, String(u64[0]));
const show = (type, v) => {
  switch (type) {
    case 0x7f: return 'i32 ' + (v | 0);
    case 0x7e: return 'i64 ' + BigInt.asIntN(64, v);
    case 0x7d: return 'f32 ' + bits32(v);
    case 0x7c: return 'f64 ' + bits64(v);
    default: return 'ref ' + (v === null ? 'null' : 'nonnull');
  }
};
const imports = { 'fuzzing-support': {
  'log-i32': v => lines.push('log ' + show(0x7f, v)),
  'log-i64': v => lines.push('log ' + show(0x7e, v)),
  'log-f32': v => lines.push('log ' + show(0x7d, v)),
  'log-f64': v => lines.push('log ' + show(0x7c, v)),
} };

// The type, import, function and export sections: enough to know each export's signature.
let pos = 8;
const u = () => { let r = 0, s = 0, b; do { b = bytes[pos++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
const types = [], funcs = [], exports = [];
while (pos < bytes.length) {
  const id = bytes[pos++], size = u(), end = pos + size;
  if (id === 1) {
    for (let n = u(); n > 0; n--) { pos++; const p = []; for (let k = u(); k > 0; k--) p.push(bytes[pos++]); const r = []; for (let k = u(); k > 0; k--) r.push(bytes[pos++]); types.push({ p, r }); }
  } else if (id === 2) {
    for (let n = u(); n > 0; n--) {
      for (let k = 0; k < 2; k++) { const len = u(); pos += len; }
      const kind = bytes[pos++];
      if (kind === 0) funcs.push(u()); else if (kind === 1) { pos++; const f = u(); u(); if (f & 1) u(); } else if (kind === 2) { const f = u(); u(); if (f & 1) u(); } else { pos += 2; }
    }
  } else if (id === 3) {
    for (let n = u(); n > 0; n--) funcs.push(u());
  } else if (id === 7) {
    for (let n = u(); n > 0; n--) { const len = u(); const name = bytes.subarray(pos, pos + len).toString('utf8'); pos += len; const kind = bytes[pos++]; const index = u(); if (kind === 0) exports.push({ name, type: types[funcs[index]] }); }
  }
  pos = end;
}

let instance;
try {
  instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
} catch (e) {
  console.log('instantiate trap');
  process.exit(0);
}
const zero = t => t === 0x7e ? 0n : t === 0x70 || t === 0x6f ? null : 0;
for (const { name, type } of exports) {
  if (name === 'hangLimitInitializer') continue;
  if (instance.exports.hangLimitInitializer) instance.exports.hangLimitInitializer();
  lines.push('call ' + name);
  try {
    const r = instance.exports[name](...type.p.map(zero));
    const results = type.r.length === 1 ? [r] : type.r.length === 0 ? [] : r;
    type.r.forEach((t, i) => lines.push('result ' + show(t, results[i])));
  } catch (e) {
    if (!(e instanceof WebAssembly.RuntimeError) && !(e instanceof RangeError)) throw e;
    lines.push('trap');
  }
}
console.log(lines.join('\n'));
