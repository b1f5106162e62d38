#!/usr/bin/env bash
# The Wasm interpreter against V8 in one run: `phasor bench wasm` runs the six benchmarks of
# ../shared/peers/wasm in-process, then V8 through the peers' run-node.sh, and prints Phasor/V8 per benchmark and
# their geometric mean (by CPU time). usage: bench/wasm-compare.sh [--runs 5] [--peers DIR]
# Needs: the .NET 10 SDK; node for the V8 column (without it, Phasor's figures alone).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# The team's shared folder sits beside the project root; a clone made elsewhere finds it beside its origin.
if [ -z "${PHASOR_SHARED:-}" ]; then
  origin=$(git -C "$ROOT" config --get remote.origin.url 2>/dev/null || true)
  for candidate in "$ROOT/../shared" "${origin:+$origin/../shared}"; do
    if [ -n "$candidate" ] && [ -d "$candidate/peers/wasm" ]; then
      PHASOR_SHARED=$(cd "$candidate" && pwd)
      export PHASOR_SHARED
      break
    fi
  done
fi
dotnet build "$ROOT/src/Phasor.Cli" -c Release -v q -nologo >/dev/null
exec "$ROOT/src/Phasor.Cli/bin/Release/net10.0/phasor" bench wasm "$@"
