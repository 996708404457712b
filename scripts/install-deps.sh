#!/usr/bin/env bash
# Installs what newsgraph needs on Debian 12: build tools, raptor2, rasqal,
# librdf with its SQLite storage, libxml2, SQLite, zlib, utf8proc (NFC), jansson
# (JSON Lines), the checks' tools
# (rdflib, valgrind, clang's fuzzer runtime, GNU time for the benchmark, iso-codes for
# scripts/gen-gazetteer.py; the Debian packaging tools, man-db and bash-completion
# for the install tests; chromium and tidy for the report's tests) and the npm packages of the
# cross-engine and SHACL tests; the Virtuoso server and librdf's storage for it
# (tests/virtuoso_test.sh, docs/virtuoso.md). Idempotent: does nothing when all
# is there.
#
# virtuoso-opensource asks for a dba password through debconf; installed
# noninteractively the question gets no answer, so the package leaves its
# system-wide server disabled (RUN=no), which is what we want: the tests and
# the benchmark start a private server of their own (tests/virtuoso/start.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config libraptor2-dev librasqal3-dev librdf0-dev librdf-storage-sqlite
          libxml2-dev libsqlite3-dev zlib1g-dev libutf8proc-dev libjansson-dev raptor2-utils rasqal-utils python3
          python3-rdflib valgrind clang libclang-rt-14-dev nodejs npm time iso-codes
          debhelper dpkg-dev fakeroot man-db bash-completion chromium tidy
          virtuoso-opensource librdf-storage-virtuoso)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm ships with the NodeSource nodejs package where that is installed
if [[ " ${missing[*]} " == *" npm "* ]] && command -v npm >/dev/null 2>&1; then
  missing=("${missing[@]/npm}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  # env: sudo would drop a plain assignment, and debconf would then ask
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" </dev/null >/dev/null
fi
if [ -f tests/js/package-lock.json ] && [ ! -d tests/js/node_modules ]; then
  (cd tests/js && npm ci --silent --no-audit --no-fund)
fi
