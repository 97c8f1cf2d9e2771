#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian 12 machine
# (Chromium, iproute2 for the loopback-only network namespace, Node's
# playwright-core, PostgreSQL for the control plane's database tests,
# Redis for presence shared by several signalling nodes,
# aiosmtpd and icalendar for its email tests, cmake, libclang and
# espeak-ng for captions, Janus and nasm for the load tester), then
# runs every test: unit, simulated-network SFU tests, signalling against the
# real binary, the REST API on SQLite and PostgreSQL, and real browsers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v ip >/dev/null || missing+=(iproute2)
command -v unshare >/dev/null || missing+=(util-linux)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v cc >/dev/null || missing+=(gcc)
# The database tests start a private PostgreSQL cluster of their own.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v runuser >/dev/null || missing+=(util-linux)
# The cluster test starts a private redis-server of its own.
command -v redis-server >/dev/null || missing+=(redis-server)
# The email tests send through a real SMTP capture server (aiosmtpd) and
# read the mails back with Python's email and icalendar packages.
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
/usr/bin/python3 -c 'import icalendar' 2>/dev/null || missing+=(python3-icalendar)
# Captions: whisper-rs builds whisper.cpp with cmake and makes its bindings
# with libclang; the opus crate builds libopus with cmake; the captions
# tests speak their sentences with espeak-ng.
command -v cmake >/dev/null || missing+=(cmake)
ls /usr/lib/llvm-*/lib/libclang*.so* >/dev/null 2>&1 || missing+=(libclang-dev)
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
# The load tester's Janus adapter is tested against Debian's Janus; nasm
# makes openh264 (built from source for the bench's clip) 3-4x faster.
command -v janus >/dev/null || missing+=(janus)
command -v nasm >/dev/null || missing+=(nasm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "${missing[@]}"
fi

npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error

# A clean build and test run needs a few GB; a full disk shows up as the
# linker dying of SIGBUS, so say so plainly first.
free_kb=$(df -Pk . | awk 'NR == 2 { print $4 }')
if [ "${free_kb:-0}" -lt $((4 * 1024 * 1024)) ]; then
  echo "warning: only $((free_kb / 1024)) MB free on $(df -P . | awk 'NR == 2 { print $6 }'); the build and tests need about 4 GB" >&2
fi
# CI builds once from clean: incremental state would only take disk.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi

cargo test --workspace --locked
