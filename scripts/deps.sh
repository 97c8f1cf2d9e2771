#!/usr/bin/env bash
# The one place that says which Debian 12 packages anteroom needs, and why.
# scripts/serve.sh, scripts/test.sh and .ci/run all install through it, so
# the three cannot drift apart.
#
#   bash scripts/deps.sh build   what `cargo build --release` and `anteroom serve` need
#   bash scripts/deps.sh test    that, plus what the test suite runs against
#
# It installs only what is missing (apt-get, as root or through sudo) and
# prints each package with the reason it is needed.
set -euo pipefail

profile="${1:-build}"

# package | reason. Keep the reasons short: they are printed.
build_packages=(
  "ca-certificates|cargo fetches crates over HTTPS"
  "build-essential|C and C++ compilers and make: whisper.cpp (captions), libopus, SQLite and aws-lc are compiled from source"
  "cmake|whisper.cpp, libopus and aws-lc are CMake projects"
  "libclang-dev|whisper-rs-sys makes its Rust bindings with bindgen, which needs libclang"
  "pkg-config|build scripts look up system libraries with it"
)
test_packages=(
  "nasm|openh264 (the load tester's H264 encoder) is 3-4x faster with its assembly"
  "chromium|the browser tests drive headless Chromium over WebRTC"
  "iproute2|the browser tests run in a loopback-only network namespace (ip)"
  "util-linux|unshare and runuser, for that namespace and the PostgreSQL tests"
  "nftables|the firewalled-patient browser test drops UDP in its namespace (nft)"
  "coturn|the TURN browser test relays through a real coturn (turnserver)"
  "nodejs|the browser tests are Node scripts (playwright-core)"
  "npm|installs playwright-core for the browser tests"
  "postgresql|every database test also runs on a private PostgreSQL cluster"
  "redis-server|the cluster tests share presence through a real Redis"
  "python3-aiosmtpd|the email tests send through a real SMTP capture server"
  "python3-icalendar|the email tests read the calendar attachments back"
  "espeak-ng|the captions tests speak their sentences"
  "janus|the load tester's Janus adapter is tested against Debian's Janus"
  "poppler-utils|the questionnaire export tests read the PDFs back (pdftotext, pdffonts)"
)

case "$profile" in
  build) wanted=("${build_packages[@]}") ;;
  test) wanted=("${build_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: bash scripts/deps.sh build|test" >&2; exit 2 ;;
esac

installed() {
  # A package counts when dpkg says it is installed; for a tool that may
  # come from elsewhere (Node from NodeSource, say), when its command exists.
  case "$1" in
    nodejs) command -v node >/dev/null && return 0 ;;
    npm) command -v npm >/dev/null && return 0 ;;
  esac
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = installed ]
}

missing=()
for entry in "${wanted[@]}"; do
  pkg="${entry%%|*}"
  installed "$pkg" || missing+=("$entry")
done

# The browser tests' playwright-core needs Node 20 or newer; Debian 12's own
# nodejs is 18. An older node gets Node 20 from the npm registry (the `node`
# package, which brings the official binary) in /usr/local.
node_major() { node --version 2>/dev/null | sed -n 's/^v\([0-9]*\).*/\1/p'; }
newer_node() {
  [ "$profile" = test ] || return 0
  local major
  major=$(node_major)
  if [ -n "$major" ] && [ "$major" -lt 20 ]; then
    echo "deps: node $(node --version) is older than the browser tests need (20): installing Node 20 from the npm registry into /usr/local"
    as_root npm install --global --prefix /usr/local --no-audit --no-fund --loglevel=error node@20 >/dev/null
    hash -r
    echo "deps: now $(command -v node): $(node --version)"
  fi
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: every package the $profile needs is installed"
  if [ "$(id -u)" = 0 ]; then as_root() { "$@"; }; else as_root() { sudo "$@"; }; fi
  newer_node
  exit 0
fi

echo "deps: installing what the $profile needs:"
names=()
for entry in "${missing[@]}"; do
  printf '  %-18s %s\n' "${entry%%|*}" "${entry#*|}"
  names+=("${entry%%|*}")
done

if [ "$(id -u)" = 0 ]; then
  as_root() { "$@"; }
elif command -v sudo >/dev/null; then
  as_root() { sudo "$@"; }
else
  echo "deps: run this as root (or install sudo) to install: ${names[*]}" >&2
  exit 1
fi

# apt's own output goes to a log, shown only when something fails.
log=$(mktemp -t anteroom-deps.XXXXXX)
if ! { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq -o DPkg::Lock::Timeout=300 &&
       as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
         -o DPkg::Lock::Timeout=300 "${names[@]}"; } >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "deps: installing failed (the whole log: $log)" >&2
  exit 1
fi
rm -f "$log"
newer_node
echo "deps: done"
