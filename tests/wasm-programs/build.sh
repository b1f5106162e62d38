#!/usr/bin/env bash
# Rebuilds the test programs and their expectations. CI needs neither: the .wasm and expectation files are committed.
#   Needs Debian's clang, lld, wasi-libc and compiler-rt for wasm32, and Node (for the expectations):
#   apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32 nodejs
# Expectations come from Node's WASI (an independent implementation), run with the same arguments, environment,
# input and a fresh /sandbox directory as Phasor's test (tests/Phasor.Wasm.Tests/Wasi/ProgramTests.cs).
set -euo pipefail
cd "$(dirname "$0")"
TARGET=(--target=wasm32-wasi --sysroot=/usr)
# Compile with -O2 and link without it: given -O at link time, clang also runs binaryen's wasm-opt when it is installed,
# which drops the name section the trap messages use. --strip-debug drops wasi-libc's DWARF (the bulk of the bytes).
build() {
  local name="$1"; shift
  clang "${TARGET[@]}" -O2 -c "$name.c" -o "$name.o"
  clang "${TARGET[@]}" "$@" -Wl,--strip-debug "$name.o" -o "$name.wasm"
  rm -f "$name.o"
}
for src in *.c; do
  name="${src%.c}"
  case "$name" in
    # A reactor (no main): the CLI tests call its exports with --invoke.
    calc) build "$name" -mexec-model=reactor; continue ;;
    # Traps by design: the CLI tests check how the trap is reported, so there is no Node run to record.
    trap) build "$name"; continue ;;
  esac
  build "$name"
  sandbox="$(mktemp -d)"
  node --no-warnings run-node.mjs "$name" "$sandbox"
  rm -rf "$sandbox"
  echo "$name: exit $(cat "$name.exitcode")"
done
