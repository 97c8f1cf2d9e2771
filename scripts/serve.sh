#!/usr/bin/env bash
# Builds anteroom (release) and starts it with open rooms: every service in
# one process, HTTP on 127.0.0.1:8080. Extra arguments go to `anteroom serve`
# (see `anteroom serve --help`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v cc >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends gcc libc6-dev;
  else sudo apt-get update -qq && sudo apt-get install -y -qq --no-install-recommends gcc libc6-dev; fi
fi

cargo build --release --locked
exec target/release/anteroom serve --open-rooms "$@"
