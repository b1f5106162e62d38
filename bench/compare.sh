#!/usr/bin/env bash
# Phasor against its peers in one run: the three fixtures rendered by `phasor bench` (IL backend) and by
# Faust's C++, C# and Wasm output (../shared/peers/dsp/run.sh), then a table of Phasor / peer ratios of
# the realtime factor from render-thread CPU time (higher ratio = Phasor faster).
# usage: bench/compare.sh [fixture ...]   env: SECONDS_PER_RUN=60 RUNS=5 ROUNDS=3 PEERS="cpp csharp wasm"
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
ROUNDS=${ROUNDS:-3}

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

# Rounds alternate Phasor and the peers fixture by fixture, so a change in the machine's speed (a neighbour on the
# core, frequency) falls on both sides of a ratio; each round gives its own ratios and the table shows their median.
for ((round = 1; round <= ROUNDS; round++)); do
  for f in $FIXTURES; do
    echo "== round $round/$ROUNDS: $f: phasor bench ($SECONDS_PER_RUN s x $RUNS runs), then the peers" >&2
    "$phasor" bench "$f" --seconds "$SECONDS_PER_RUN" --runs "$RUNS" --backend il --json "$work/phasor-$round-$f.json" >&2
    bash "$PEERS_DIR/run.sh" "$f" | sed "s/^RESULT /RESULT round=$round /" | tee -a "$work/peers.txt" >&2
  done
done

python3 - "$work" "$ROUNDS" $FIXTURES <<'PY'
import json, re, statistics, sys
work, rounds, fixtures = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
phasor = {}  # (round, fixture) -> realtime factor
for r in range(1, rounds + 1):
    for f in fixtures:
        for result in json.load(open(f"{work}/phasor-{r}-{f}.json", encoding="utf-8-sig"))["results"]:
            phasor[(r, result["fixture"])] = result["realtimeFactor"]
peers = {}  # (round, fixture) -> {peer: realtime factor}
for line in open(f"{work}/peers.txt"):
    m = re.match(r"RESULT round=(\d+) peer=(\S+) fixture=(\S+) .*rtf_cpu=([0-9.]+)", line)
    if m:
        peers.setdefault((int(m.group(1)), m.group(3)), {})[m.group(2)] = float(m.group(4))
names = sorted({p for v in peers.values() for p in v})
med = lambda xs: statistics.median(xs) if xs else float("nan")
print(f"median of {rounds} round(s); ratio = Phasor / peer within each round, then the median (range in brackets)")
print("| fixture | phasor il | " + " | ".join(names) + " | " + " | ".join(f"phasor / {n}" for n in names) + " |")
print("| --- " * (2 + 2 * len(names)) + "|")
for f in fixtures:
    own = [phasor[(r, f)] for r in range(1, rounds + 1) if (r, f) in phasor]
    row = [f, f"{med(own):.0f}x"]
    row += [f"{med([peers[(r, f)][n] for r in range(1, rounds + 1) if n in peers.get((r, f), {})]):.0f}x" for n in names]
    for n in names:
        ratios = [phasor[(r, f)] / peers[(r, f)][n] for r in range(1, rounds + 1) if (r, f) in phasor and n in peers.get((r, f), {})]
        row.append(f"{med(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f})" if len(ratios) > 1 else f"{med(ratios):.2f}" if ratios else "-")
    print("| " + " | ".join(row) + " |")
PY
