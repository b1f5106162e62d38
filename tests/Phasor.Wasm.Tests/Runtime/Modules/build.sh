#!/usr/bin/env bash
# Rebuilds the test modules from their .wat sources (wabt's wat2wasm, Debian package wabt). The .wasm files are
# committed so the tests need no tools.
set -euo pipefail
cd "$(dirname "$0")"
for wat in *.wat; do
  wat2wasm --debug-names "$wat" -o "${wat%.wat}.wasm"
done
