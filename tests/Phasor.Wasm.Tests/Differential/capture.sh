#!/usr/bin/env bash
# Regenerates the differential corpus: random valid modules from binaryen's fuzzer (`wasm-opt -ttf`, Wasm 2.0
# features without reference types, which binaryen 108 writes as typed function references; --denan turns NaNs into
# 0, as NaN payloads may differ between engines and flow into memory), each with the
# transcript V8 (Node) produces for it. DifferentialTests replays the transcripts, so the tests need neither tool.
# usage: capture.sh [COUNT=60]
set -euo pipefail
cd "$(dirname "$0")"
count=${1:-60}
rm -rf corpus && mkdir corpus
for i in $(seq 1 "$count"); do
  name=$(printf 'corpus/%03d' "$i")
  python3 -c "import random,sys; random.seed($i); sys.stdout.buffer.write(bytes(random.getrandbits(8) for _ in range(6000)))" > "$name.seed"
  wasm-opt -ttf "$name.seed" --enable-bulk-memory --enable-multivalue --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --denan -o "$name.wasm" 2>/dev/null
  rm "$name.seed"
  node run-v8.mjs "$name.wasm" > "$name.expected"
done
echo "captured $count modules with $(node --version)"
