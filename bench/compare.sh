#!/usr/bin/env bash
# Phasor against its peers in one run: the three fixtures rendered by `phasor bench` (IL backend) and by
# Faust's C++, C# and Wasm output (../shared/peers/dsp/run.sh), then a table of Phasor / peer ratios of
# the realtime factor from render-thread CPU time (higher ratio = Phasor faster).
# usage: bench/compare.sh [fixture ...]   env: SECONDS_PER_RUN=60 RUNS=5 PEERS="cpp csharp wasm"
# Needs: faust (the script installs it with apt-get when run as root), g++, node, the .NET 10 SDK.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/shared-folder.sh
. "$ROOT/bench/shared-folder.sh"
find_shared_folder "$ROOT"
if [ -z "${PEERS_DIR:-}" ] && [ -n "${PHASOR_SHARED:-}" ] && [ -f "$PHASOR_SHARED/peers/dsp/run.sh" ]; then
  PEERS_DIR="$PHASOR_SHARED/peers/dsp"
fi
if [ -z "${PEERS_DIR:-}" ]; then
  echo "cannot find shared/peers/dsp: set PEERS_DIR or PHASOR_SHARED" >&2; exit 2
fi
FIXTURES=${*:-"sine fm complex"}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-60}
export RUNS=${RUNS:-5}

if ! command -v faust >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq faust >/dev/null
  else
    echo "faust is missing: sudo apt-get install -y faust" >&2; exit 2
  fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build "$ROOT/src/Phasor.Cli" -c Release -v q -nologo >/dev/null
phasor="$ROOT/src/Phasor.Cli/bin/Release/net10.0/phasor"

echo "== phasor bench ($SECONDS_PER_RUN s x $RUNS runs per fixture)" >&2
for f in $FIXTURES; do
  "$phasor" bench "$f" --seconds "$SECONDS_PER_RUN" --runs "$RUNS" --backend il --json "$work/phasor-$f.json" >&2
done
echo "== peers" >&2
bash "$PEERS_DIR/run.sh" $FIXTURES | tee "$work/peers.txt" >&2

python3 - "$work" $FIXTURES <<'PY'
import json, re, sys, glob
work, fixtures = sys.argv[1], sys.argv[2:]
phasor = {}
for f in fixtures:
    for r in json.load(open(f"{work}/phasor-{f}.json", encoding="utf-8-sig"))["results"]:
        phasor[r["fixture"]] = r["realtimeFactor"]
peers = {}
for line in open(f"{work}/peers.txt"):
    m = re.match(r"RESULT peer=(\S+) fixture=(\S+) .*rtf_cpu=([0-9.]+)", line)
    if m:
        peers.setdefault(m.group(2), {})[m.group(1)] = float(m.group(3))
names = sorted({p for v in peers.values() for p in v})
print("| fixture | phasor il | " + " | ".join(names) + " | " + " | ".join(f"phasor / {n}" for n in names) + " |")
print("| --- " * (2 + 2 * len(names)) + "|")
for f in fixtures:
    row = [f, f"{phasor.get(f, float('nan')):.0f}x"]
    row += [f"{peers.get(f, {}).get(n, float('nan')):.0f}x" for n in names]
    row += [f"{phasor.get(f, float('nan')) / peers[f][n]:.2f}" if n in peers.get(f, {}) else "-" for n in names]
    print("| " + " | ".join(row) + " |")
PY
