#!/usr/bin/env bash
# Regenerates the golden .expected files of the Phasor Script corpus from Node.
#
#   tests/Phasor.Script.Tests/Corpus/capture.sh            # every program
#   tests/Phasor.Script.Tests/Corpus/capture.sh a.ts b.ts  # only these
#
# Each program is run by the team tool node-expected (TypeScript types erased, run as a classic script in Node).
# Only stdout is captured. The exit code must match the program's `// exit: N` first-line header (0 when absent);
# a mismatch, a `// throws: ...` header that Node's uncaught-error report does not start a line with, or a program
# that is too slow (over CAPTURE_LIMIT_MS, default 2500) fails the capture loudly and leaves that .expected untouched.
# syntax-errors/ and unsupported/ hold hand-written .errors files and are skipped.
set -euo pipefail
corpus=$(cd "$(dirname "$0")" && pwd)

# The tool lives in shared/ beside the repo root. In a git worktree the toplevel is not the main checkout,
# so also try the main checkout found through the common git directory. NODE_EXPECTED overrides both.
find_tool() {
  if [ -n "${NODE_EXPECTED:-}" ]; then echo "$NODE_EXPECTED"; return; fi
  local top common
  top=$(git -C "$corpus" rev-parse --show-toplevel)
  common=$(cd "$corpus" && cd "$(git rev-parse --git-common-dir)" && pwd)
  for candidate in "$top/../shared/tools/node-expected" "$(dirname "$common")/../shared/tools/node-expected"; do
    if [ -x "$candidate" ]; then echo "$candidate"; return; fi
  done
  echo "capture.sh: node-expected not found beside the repo root; set NODE_EXPECTED" >&2
  exit 2
}
tool=$(find_tool)

if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(cd "$corpus" && find . -name '*.ts' -not -path './syntax-errors/*' -not -path './unsupported/*' | sort)
  files=("${files[@]/#/$corpus/}")
fi

failed=0
for f in "${files[@]}"; do
  want=0
  if head -n 1 "$f" | grep -q '^// exit: [0-9]\+'; then
    want=$(head -n 1 "$f" | sed 's|^// exit: \([0-9]\+\).*|\1|')
  fi
  out=$(mktemp)
  start=$(date +%s%N)
  set +e
  "$tool" "$f" > "$out" 2> "$out.err"
  got=$?
  set -e
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  throws=$(sed -n '1,3s|^// throws: ||p' "$f")
  if [ "$got" != "$want" ]; then
    echo "FAIL $f: exit code $got, header says $want" >&2
    sed 's/^/    /' "$out.err" >&2
    failed=$((failed + 1))
  elif [ -n "$throws" ] && ! grep -qF -- "$throws" <(grep -- "^$(printf '%s' "${throws%%:*}")" "$out.err"); then
    echo "FAIL $f: Node did not report '$throws'" >&2
    sed 's/^/    /' "$out.err" >&2
    failed=$((failed + 1))
  elif [ "$elapsed" -gt "${CAPTURE_LIMIT_MS:-2500}" ]; then
    # node-expected spends ~0.6 s transpiling; more than 2.5 s means the program itself is too slow
    # (on a loaded machine, raise the limit with CAPTURE_LIMIT_MS).
    echo "FAIL $f: took ${elapsed} ms" >&2
    failed=$((failed + 1))
  else
    mv "$out" "${f%.ts}.expected"
  fi
  rm -f "$out" "$out.err"
done
echo "captured $(( ${#files[@]} - failed )) of ${#files[@]} programs" >&2
[ "$failed" -eq 0 ] || { echo "capture.sh: $failed program(s) failed" >&2; exit 1; }
