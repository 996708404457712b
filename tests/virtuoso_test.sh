#!/usr/bin/env bash
# virtuoso_test.sh BINARY SOURCE_DIR SCRATCH
#
# newsgraph with a Virtuoso store (docs/virtuoso.md), against a real server
# that this test starts (tests/virtuoso/start.sh, loopback ports, database
# in SCRATCH/server) and stops by its pid at the end:
#   1. `load -s virtuoso:DSN` of examples/corpus and tests/data/queries, and
#      the same into an SQLite store;
#   2. every canned query (queries/*.rq, and the variants of
#      tests/data/queries/variants.tsv) answered by Virtuoso's engine gives
#      the same rows, as a multiset (tests/cross_engine.py --normalize,
#      --same), as rasqal on the SQLite store; and some queries have rows;
#   3. the query runs in Virtuoso, not rasqal (a Virtuoso built-in function),
#      ASK answers, and other graphs of the server are not part of the store;
#   4. loading again changes nothing; `stats` reads the store;
#   5. a DSN that does not exist is a clear error, exit status 4.
# Skips (exit 77) when virtuoso-opensource, its ODBC driver or
# librdf-storage-virtuoso is not installed (make deps).
set -u
if [ $# -ne 3 ]; then
  echo "usage: $0 BINARY SOURCE_DIR SCRATCH" >&2
  exit 2
fi
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SRC=$(cd "$2" && pwd)
TMP=$3
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
XE="$SRC/tests/cross_engine.py"

if ! ls /usr/lib/*/redland/librdf_storage_virtuoso.so >/dev/null 2>&1; then
  echo "skipped: librdf's Virtuoso storage is not installed (Debian librdf-storage-virtuoso; make deps)"
  exit 77
fi
rm -rf "$TMP"
mkdir -p "$TMP"
"$SRC/tests/virtuoso/start.sh" "$TMP/server"
st=$?
if [ $st -eq 77 ]; then
  echo "skipped: the Virtuoso server is not installed (Debian virtuoso-opensource; make deps)"
  exit 77
elif [ $st -ne 0 ]; then
  echo "FAIL: the Virtuoso server did not start"
  exit 1
fi
# the server goes whatever ends the test (ctest's timeout sends SIGTERM)
trap '"$SRC/tests/virtuoso/stop.sh" "$TMP/server"' EXIT
trap 'exit 1' INT TERM
# shellcheck disable=SC1091
. "$TMP/server/env"
export NEWSGRAPH_VIRTUOSO_USER=$NG_VIRTUOSO_USER NEWSGRAPH_VIRTUOSO_PASSWORD=$NG_VIRTUOSO_PASSWORD
V="virtuoso:$NG_VIRTUOSO_DSN"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok:   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
show() { [ -s "$1" ] && head -n 8 "$1" | sed 's/^/      /'; return 0; }
rows() { if [ -s "$1" ]; then echo $(($(wc -l <"$1") - 1)); else echo 0; fi; }

# 1. the same articles into both stores
cd "$SRC"
for s in "$V" "$TMP/sqlite.db"; do
  if "$BIN" load -s "$s" examples/corpus tests/data/queries >"$TMP/load.out" 2>&1; then
    pass "load into $s: $(tail -n 1 "$TMP/load.out" | sed 's/.*; \([0-9]* triples added\).*/\1/')"
  else
    fail "load into $s"; show "$TMP/load.out"
  fi
done

# 2. every canned query, and its variants, gives the same rows
queries=()
for q in queries/*.rq; do queries+=("$q"); done
while IFS=$'\t' read -r name variant text replacement; do
  case "$name" in '' | '#'*) continue ;; esac
  content=$(<"queries/$name.rq")
  printf '%s\n' "${content/"$text"/"$replacement"}" >"$TMP/$name@$variant.rq"
  queries+=("$TMP/$name@$variant.rq")
done <tests/data/queries/variants.tsv
with_rows=0
for q in "${queries[@]}"; do
  n=$(basename "$q" .rq)
  ok=1
  for e in virtuoso sqlite; do
    s=$V
    [ $e = sqlite ] && s=$TMP/sqlite.db
    if ! "$BIN" query -s "$s" --format json "$q" >"$TMP/$n.$e.json" 2>"$TMP/$n.$e.err" ||
       ! "$PY" "$XE" --normalize "$TMP/$n.$e.json" >"$TMP/$n.$e" 2>>"$TMP/$n.$e.err"; then
      fail "$n: $e answers"; show "$TMP/$n.$e.err"; ok=0
    fi
  done
  [ $ok = 1 ] || continue
  if out=$("$PY" "$XE" --same "$TMP/$n.virtuoso" "$TMP/$n.sqlite"); then
    pass "$n: Virtuoso gives the rows of rasqal on SQLite ($(rows "$TMP/$n.sqlite") rows)"
    [ "$(rows "$TMP/$n.sqlite")" -gt 0 ] && with_rows=$((with_rows + 1))
  else
    fail "$n: Virtuoso and rasqal on SQLite differ (- SQLite, + Virtuoso)"; printf '%s\n' "$out" | head -n 20
  fi
done
if [ $with_rows -ge 5 ]; then
  pass "$with_rows queries have rows"
else
  fail "only $with_rows queries have rows: the comparison says little"
fi

# 3. Virtuoso's engine, not rasqal's: bif: functions are Virtuoso's own
if out=$("$BIN" query -s "$V" --format csv -e 'SELECT (bif:length("newsgraph") AS ?n) WHERE {}' 2>&1 | tr -d '\r') &&
   [ "$(printf '%s\n' "$out" | tail -n 1)" = 9 ]; then
  pass "the query ran in Virtuoso (bif:length)"
else
  fail "bif:length did not run in Virtuoso"; printf '%s\n' "$out" | head -n 5
fi
# ASK, which librdf's vsparql cannot send as it is (virtuoso.c)
yes=$("$BIN" query -s "$V" -e 'ASK { ?a ng:file ?f FILTER(CONTAINS(?f, "a01_")) }' 2>&1)
no=$("$BIN" query -s "$V" --format json -e 'PREFIX x: <urn:x:>
ASK WHERE { ?a x:nothing ?f }' 2>&1)
if [ "$yes" = true ] && [ "$no" = '{"head":{},"boolean":false}' ]; then
  pass "ASK: true and false"
else
  fail "ASK: got '$yes' and '$no'"
fi
# its answer is restricted to the store's graph: other graphs of the server are not seen
isql-vt "$NG_VIRTUOSO_PORT" dba dba \
  exec="SPARQL INSERT DATA { GRAPH <urn:x-other:graph> { <urn:x:s> <urn:x:p> \"elsewhere\" } };" >/dev/null 2>&1
out=$("$BIN" query -s "$V" --format csv -e 'SELECT ?s WHERE { ?s ?p "elsewhere" }' 2>&1 | tr -d '\r')
# (and the server does see it: the check would otherwise prove nothing)
if [ "$out" = s ] && isql-vt "$NG_VIRTUOSO_PORT" dba dba \
     exec="SPARQL SELECT ?s WHERE { ?s ?p \"elsewhere\" };" 2>/dev/null | grep -q 'urn:x:s'; then
  pass "another graph of the server is not part of the store"
else
  fail "another graph of the server is seen by queries"; printf '%s\n' "$out" | head -n 5
fi

# 4. loading again adds nothing; stats reads the store
if "$BIN" load -s "$V" examples/corpus >"$TMP/reload.out" 2>&1 && grep -q "13 unchanged; 0 triples added" "$TMP/reload.out"; then
  pass "loading again: every article unchanged"
else
  fail "loading again changed the store"; show "$TMP/reload.out"
fi
if "$BIN" stats -s "$V" >"$TMP/stats.out" 2>&1 && [ -s "$TMP/stats.out" ]; then
  pass "stats -s virtuoso:DSN"
else
  fail "stats -s virtuoso:DSN"; show "$TMP/stats.out"
fi

# 5. a DSN that is not there
"$BIN" query -s virtuoso:no-such-dsn -e 'ASK {}' >"$TMP/bad.out" 2>&1
st=$?
if [ $st -eq 4 ] && grep -q "virtuoso:no-such-dsn" "$TMP/bad.out"; then
  pass "an unknown DSN: exit 4 with a message naming it"
else
  fail "an unknown DSN: exit $st"; show "$TMP/bad.out"
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
