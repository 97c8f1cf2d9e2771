#!/usr/bin/env bash
# Runs every cargo-fuzz target in fuzz/ for FUZZ_SECONDS (default 30)
# seconds each, from its seed corpus, and prints how many inputs each ran.
# Fails if any target crashes. See fuzz/README.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${FUZZ_SECONDS:-30}"
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz"
  cargo install cargo-fuzz --locked --quiet
fi
# AddressSanitizer needs nightly; on stable the targets run uninstrumented
# for memory errors (the code they reach forbids unsafe code anyway).
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  toolchain=(+nightly) sanitizer=address
else
  toolchain=() sanitizer=none
fi
cd fuzz
echo "fuzz: building the targets (sanitizer: $sanitizer)"
build_log=$(mktemp -t anteroom-fuzz-build.XXXXXX)
if ! cargo "${toolchain[@]}" fuzz build --sanitizer "$sanitizer" >"$build_log" 2>&1; then
  tail -n 30 "$build_log"
  if [ "$sanitizer" = none ]; then
    # Without nightly, cargo-fuzz's stable mode is best effort: say so
    # plainly rather than fail the tests over the toolchain.
    echo "fuzz: skipped: the targets do not build on this stable toolchain (install a nightly toolchain to fuzz)" >&2
    exit 0
  fi
  echo "fuzz: the targets do not build" >&2
  exit 1
fi
rm -f "$build_log"
work=$(mktemp -d -t anteroom-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
targets=$(cargo "${toolchain[@]}" fuzz list)
passed=0
for target in $targets; do
  mkdir -p "$work/$target"
  log="$work/$target.log"
  # New inputs go to the scratch corpus (first), the seeds are only read.
  if ! cargo "${toolchain[@]}" fuzz run --sanitizer "$sanitizer" "$target" "$work/$target" "seeds/$target" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -artifact_prefix="$work/" >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz: $target crashed; the input is in $work (kept)" >&2
    trap - EXIT
    exit 1
  fi
  runs=$(grep -o 'Done [0-9]* runs' "$log" | tail -n 1 | grep -o '[0-9]*')
  echo "fuzz: $target ran ${runs:-?} inputs in ${seconds} s without a crash"
  passed=$((passed + 1))
done
echo "fuzz: $passed passed, 0 failed"
