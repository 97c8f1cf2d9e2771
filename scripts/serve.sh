#!/usr/bin/env bash
# Installs what the build needs (scripts/deps.sh build), builds anteroom
# (release) and starts it: every service in one process, HTTP on
# 127.0.0.1:8080, open rooms for trying a call, data in ./data/.
# Extra arguments go to `anteroom serve` (see `anteroom serve --help`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v cargo >/dev/null; then
  echo "serve: cargo is not on PATH. Install Rust (https://rustup.rs, or Debian's cargo is too old: 1.86 or newer is needed)," >&2
  echo "       then open a new shell (or: . \"\$HOME/.cargo/env\") and run this again." >&2
  exit 1
fi

# The workspace needs Rust 1.86 or newer (edition 2024).
if ! command -v rustc >/dev/null; then
  echo "serve: cargo is there but rustc is not: install Rust with rustup (https://rustup.rs)." >&2
  exit 1
fi
minor=$(rustc --version | sed -n 's/^rustc 1\.\([0-9]*\).*/\1/p')
if [ -n "$minor" ] && [ "$minor" -lt 86 ]; then
  echo "serve: $(rustc --version) is too old: anteroom needs Rust 1.86 or newer (rustup update)." >&2
  exit 1
fi

bash scripts/deps.sh build

if [ ! -x target/release/anteroom ]; then
  echo "serve: building anteroom (release). The first build compiles about 400 crates and"
  echo "       whisper.cpp: about 10 minutes on 2 cores, 3-4 on 8; later builds take seconds."
fi
start=$(date +%s)
cargo build --release --locked -p anteroom
echo "serve: built in $(( $(date +%s) - start )) s"

# Join tokens (in patients' links and pages) are signed with this key; kept
# in the data folder so that links keep working across restarts. Open rooms
# let anyone try a call by name (/call/demo); consultations, meeting rooms
# and waiting lists still need their join tokens. Either can be given
# differently among the arguments.
mkdir -p data
defaults=()
[[ " $* " == *" --join-key-file"* ]] || defaults+=(--join-key-file data/join-key.pem)
[[ " $* " == *" --open-rooms"* ]] || defaults+=(--open-rooms)
exec target/release/anteroom serve "${defaults[@]}" "$@"
