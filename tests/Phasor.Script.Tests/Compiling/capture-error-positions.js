#!/usr/bin/env node
// Regenerates ErrorPositions.tsv from Node: each snippet (first column; "\n" stands for a line break) runs as a
// classic script file, and the second column receives the line:col of every frame of its uncaught error inside the
// snippet, innermost first, then " | " and the error's name ("?" for a thrown non-Error value). Lines starting with
// '#' are kept as they are.
//   node tests/Phasor.Script.Tests/Compiling/capture-error-positions.js
const fs = require("fs"), cp = require("child_process"), os = require("os"), path = require("path");
const table = path.join(__dirname, "ErrorPositions.tsv");
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "positions-")), "snippet.js");
const out = [];
for (const line of fs.readFileSync(table, "utf8").split("\n").filter(l => l.length > 0)) {
  if (line.startsWith("#")) { out.push(line); continue; }
  const snippet = line.split("\t")[0];
  fs.writeFileSync(file, snippet.replace(/\\n/g, "\n") + "\n");
  const run = cp.spawnSync(process.execPath, ["--stack-size=500", file], { encoding: "utf8" });
  let frames = [...run.stderr.matchAll(/snippet\.js:(\d+):(\d+)\)?$/gm)].map(m => m[1] + ":" + m[2]);
  let name = (/^(\w*Error)\b/m.exec(run.stderr) || [, "?"])[1];
  if (frames.length === 0) {
    // A thrown non-Error value: Node prints "file:LINE", the source line and a caret under the throw.
    const site = /snippet\.js:(\d+)\n.*\n( *)\^/.exec(run.stderr);
    frames = site ? [site[1] + ":" + (site[2].length + 1)] : [];
    name = "?";
  }
  if (run.status === 0 || frames.length === 0) throw new Error("snippet did not end with an uncaught error: " + snippet);
  out.push(snippet + "\t" + frames.join(" ") + " | " + name);
}
fs.writeFileSync(table, out.join("\n") + "\n");
console.error("captured " + out.filter(l => !l.startsWith("#")).length + " snippets");
