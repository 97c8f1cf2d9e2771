#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian 12 machine
# (scripts/deps.sh test says what and why: the build's compilers, Chromium,
# PostgreSQL, Redis, an SMTP capture server, espeak-ng, Janus; then Node's
# playwright-core from npm), runs every fuzz target briefly (scripts/fuzz.sh),
# then runs every test: unit, simulated-network SFU tests, signalling
# against the real binary, the REST API on SQLite and PostgreSQL, and real
# browsers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/deps.sh test

npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error

# Every fuzz target for FUZZ_SECONDS (30) seconds from its seeds (fuzz/README.md).
bash scripts/fuzz.sh

# A clean build and test run needs a few GB; a full disk shows up as the
# linker dying of SIGBUS, so say so plainly first.
free_kb=$(df -Pk . | awk 'NR == 2 { print $4 }')
if [ "${free_kb:-0}" -lt $((4 * 1024 * 1024)) ]; then
  echo "warning: only $((free_kb / 1024)) MB free on $(df -P . | awk 'NR == 2 { print $6 }'); the build and tests need about 4 GB" >&2
fi
# CI builds once from clean: incremental state would only take disk.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi

cargo test --workspace --locked
