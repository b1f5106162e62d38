#!/usr/bin/env bash
# The Wasm interpreter against V8 in one run: `phasor bench wasm` runs the six benchmarks of
# ../shared/peers/wasm in-process, then V8 through the peers' run-node.sh, and prints Phasor/V8 per benchmark and
# their geometric mean (by CPU time). usage: bench/wasm-compare.sh [--runs 5] [--peers DIR]
# Needs: the .NET 10 SDK; node for the V8 column (without it, Phasor's figures alone).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/shared-folder.sh
. "$ROOT/bench/shared-folder.sh"
find_shared_folder "$ROOT"
dotnet build "$ROOT/src/Phasor.Cli" -c Release -v q -nologo >/dev/null
exec "$ROOT/src/Phasor.Cli/bin/Release/net10.0/phasor" bench wasm "$@"
