// Runs one test program under Node's WASI (an independent implementation) and records what it did, as the
// expectations the xunit test holds Phasor to:  node run-node.mjs NAME SANDBOX_DIR
//   NAME.wasm          the program; NAME.args, NAME.env, NAME.stdin (optional) its arguments, environment, input
//   NAME.expected      its standard output;  NAME.stderr  its standard error (only when not empty)
//   NAME.exitcode      its exit code;        NAME.tree    the files it left in /sandbox (only when not empty)
import fs from 'node:fs';
import path from 'node:path';
import { WASI } from 'node:wasi';

const [name, sandbox] = process.argv.slice(2);
const lines = (file) => fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter((l, i, a) => i < a.length - 1 || l !== '') : [];
const args = [name, ...lines(`${name}.args`)];
const env = Object.fromEntries(lines(`${name}.env`).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
const stdin = fs.openSync(fs.existsSync(`${name}.stdin`) ? `${name}.stdin` : '/dev/null', 'r');
const stdout = fs.openSync(`${name}.expected`, 'w');
const stderr = fs.openSync(`${name}.stderr`, 'w');
const wasi = new WASI({ version: 'preview1', args, env, preopens: { '/sandbox': sandbox }, stdin, stdout, stderr, returnOnExit: true });
const { instance } = await WebAssembly.instantiate(fs.readFileSync(`${name}.wasm`), wasi.getImportObject());
const code = wasi.start(instance);
for (const fd of [stdin, stdout, stderr]) fs.closeSync(fd);
fs.writeFileSync(`${name}.exitcode`, `${code}\n`);
if (fs.statSync(`${name}.stderr`).size === 0) fs.unlinkSync(`${name}.stderr`);

// The tree: every entry under the sandbox in ordinal order, "DIR/" for a directory, "FILE: N bytes" and the
// content's lines indented for a file (the same listing SandboxTree.cs makes).
const tree = [];
const walk = (dir, prefix) => {
  for (const entry of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (fs.statSync(full).isDirectory()) { tree.push(`${prefix}${entry}/`); walk(full, `${prefix}${entry}/`); continue; }
    const bytes = fs.readFileSync(full);
    tree.push(`${prefix}${entry}: ${bytes.length} bytes`);
    const printable = bytes.every((b) => b === 10 || (b >= 32 && b < 127));
    if (printable) for (const l of bytes.toString('latin1').split('\n').slice(0, -1)) tree.push(`  ${l}`);
  }
};
walk(sandbox, '');
if (tree.length) fs.writeFileSync(`${name}.tree`, tree.join('\n') + '\n'); else if (fs.existsSync(`${name}.tree`)) fs.unlinkSync(`${name}.tree`);
