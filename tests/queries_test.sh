#!/usr/bin/env bash
# queries_test.sh BINARY SOURCE_DIR
#
# Checks the canned SPARQL questions in SOURCE_DIR/queries/*.rq:
#   1. extracts the test corpus tests/data/queries/ with BINARY;
#   2. answers every query with three engines: rasqal (through
#      `BINARY query -g GRAPH --format json`, or `roqet` when that command
#      does not work), rdflib (tests/cross_engine.py) and Oxigraph
#      (tests/js/cross-engine.mjs; skipped when tests/js/node_modules is
#      missing: run make deps);
#   3. requires the three normalized answers to agree with each other and
#      with tests/data/queries/expected/NAME.csv, the answer the articles
#      give. tests/data/queries/variants.tsv lists more runs of a query with
#      other parameters (expected/NAME@VARIANT.csv);
#   4. checks that `BINARY query --format csv` gives the same rows as its
#      JSON, and `BINARY query -s STORE` (after `BINARY load`) as `-g GRAPH`;
#   5. when SOURCE_DIR/../shared/corpus/dev exists: extracts it, answers every
#      query with the three engines, requires them to agree, and requires a
#      row from every query for which the dev data has that kind of fact
#      (found by `cross_engine.py --probes`, which also picks parameters).
# Prints one line per check and finally "N passed, M failed"; exits 1 when a
# check failed, 2 on bad usage.

set -u

if [ $# -ne 2 ]; then
  echo "usage: $0 BINARY SOURCE_DIR" >&2
  exit 2
fi
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SRC=$(cd "$2" && pwd)
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
XE="$SRC/tests/cross_engine.py"
MJS="$SRC/tests/js/cross-engine.mjs"
DATA="$SRC/tests/data/queries"
EXPECTED="$DATA/expected"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/queries_test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok:   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
note() { echo "      $*"; }

# --- engines -----------------------------------------------------------------

have_oxigraph=1
if [ ! -d "$SRC/tests/js/node_modules/oxigraph" ] || ! command -v node >/dev/null 2>&1; then
  have_oxigraph=0
fi
have_rdflib=1
if ! "$PY" -c 'import rdflib' 2>/dev/null; then
  have_rdflib=0
fi

# rasqal: the tool's own query command when it works, else roqet
RASQAL=""
probe_graph="$TMP/probe.ttl"
printf '<urn:x:a> <urn:x:b> "c" .\n' > "$probe_graph"
if "$BIN" query -g "$probe_graph" --format json -e 'SELECT ?s WHERE { ?s ?p ?o }' 2>/dev/null \
    | "$PY" "$XE" --normalize 2>/dev/null | grep -q '^urn:x:a$'; then
  RASQAL="newsgraph"
elif command -v roqet >/dev/null 2>&1; then
  RASQAL="roqet"
fi

# run_rasqal GRAPH QUERY OUT: normalized rasqal answer; status of the engine
run_rasqal() {
  local raw="$3.raw"
  case "$RASQAL" in
    newsgraph) "$BIN" query -g "$1" --format json "$2" > "$raw" 2> "$3.err" ;;
    roqet) roqet -q -W 0 -i sparql -D "$1" -r xml "$2" > "$raw" 2> "$3.err" ;;
    *) echo "no rasqal engine: neither '$BIN query' nor roqet works" > "$3.err"; return 1 ;;
  esac
  local st=$?
  [ $st -eq 0 ] || return $st
  "$PY" "$XE" --normalize "$raw" > "$3" 2>> "$3.err"
}
run_rdflib() { "$PY" "$XE" "$1" "$2" > "$3" 2> "$3.err"; }
run_oxigraph() { node "$MJS" "$1" "$2" > "$3" 2> "$3.err"; }

# same GOT EXPECTED: normalized answers equal (a diff is printed if not)
same() { "$PY" "$XE" --same "$1" "$2"; }

rows() { if [ -s "$1" ]; then echo $(($(wc -l < "$1") - 1)); else echo 0; fi; }

show_err() { [ -s "$1" ] && head -n 5 "$1" | sed 's/^/      /'; return 0; }

# answer LABEL GRAPH QUERY DIR: runs the engines; leaves DIR/{rasqal,rdflib,
# oxigraph} (normalized) for those that ran; checks that each ran and that
# they agree. Sets $ran to the engines that answered.
answer() {
  local label=$1 graph=$2 query=$3 dir=$4
  mkdir -p "$dir"
  ran=""
  if run_rasqal "$graph" "$query" "$dir/rasqal"; then
    ran="$ran rasqal"
  else
    fail "$label: rasqal ($RASQAL) answers"; show_err "$dir/rasqal.err"
  fi
  if [ $have_rdflib -eq 1 ]; then
    if run_rdflib "$graph" "$query" "$dir/rdflib"; then
      ran="$ran rdflib"
    else
      fail "$label: rdflib answers"; show_err "$dir/rdflib.err"
    fi
  fi
  if [ $have_oxigraph -eq 1 ]; then
    if run_oxigraph "$graph" "$query" "$dir/oxigraph"; then
      ran="$ran oxigraph"
    else
      fail "$label: Oxigraph answers"; show_err "$dir/oxigraph.err"
    fi
  fi
  local first="" e out
  for e in $ran; do
    if [ -z "$first" ]; then first=$e; continue; fi
    if out=$(same "$dir/$e" "$dir/$first"); then
      pass "$label: $e agrees with $first ($(rows "$dir/$first") rows)"
    else
      fail "$label: $e disagrees with $first (diff: - $first, + $e)"
      printf '%s\n' "$out"
    fi
  done
}

# --- the test corpus ------------------------------------------------------------

echo "rasqal engine: ${RASQAL:-none}"
[ $have_rdflib -eq 1 ] || echo "skipped: rdflib (python3-rdflib is not installed; run make deps)"
[ $have_oxigraph -eq 1 ] || echo "skipped: Oxigraph (tests/js/node_modules is missing: run make deps)"

GRAPH="$TMP/queries.ttl"
if (cd "$SRC" && "$BIN" extract -q tests/data/queries -o "$GRAPH") 2> "$TMP/extract.err"; then
  pass "extract tests/data/queries"
else
  fail "extract tests/data/queries"; show_err "$TMP/extract.err"
fi

# the same corpus in a store, for `newsgraph query -s`
STORE=""
if [ "$RASQAL" = newsgraph ]; then
  if (cd "$SRC" && "$BIN" load -q -s "$TMP/queries.db" tests/data/queries) > "$TMP/load.out" 2>&1; then
    STORE="$TMP/queries.db"
    pass "load tests/data/queries into a store"
  else
    fail "load tests/data/queries into a store"; show_err "$TMP/load.out"
  fi
fi

shopt -s nullglob
queries=("$SRC"/queries/*.rq)
if [ ${#queries[@]} -eq 0 ]; then
  fail "queries/*.rq: no canned query found"
fi

# check_expected LABEL DIR EXPECTED_FILE
check_expected() {
  local label=$1 dir=$2 exp=$3 e
  if [ ! -f "$exp" ]; then
    fail "$label: no expected answer ${exp#"$SRC"/}"
    return
  fi
  local out body shown="" shown_by=""
  for e in $ran; do
    if out=$(same "$dir/$e" "$exp"); then
      pass "$label: $e gives the expected answer ($(rows "$exp") rows)"
    else
      fail "$label: $e differs from ${exp#"$SRC"/} (diff: - expected, + $e)"
      body=$(printf '%s\n' "$out" | tail -n +3)
      if [ -n "$shown" ] && [ "$body" = "$shown" ]; then
        note "(the same difference as $shown_by)"
      else
        printf '%s\n' "$out"
        shown=$body; shown_by=$e
      fi
    fi
  done
}

for q in "${queries[@]}"; do
  name=$(basename "$q" .rq)
  dir="$TMP/test/$name"
  answer "$name" "$GRAPH" "$q" "$dir"
  check_expected "$name" "$dir" "$EXPECTED/$name.csv"
  # the CSV the user sees has the rows of the JSON
  if [ "$RASQAL" = newsgraph ] && [ -f "$dir/rasqal" ]; then
    if "$BIN" query -g "$GRAPH" --format csv "$q" > "$dir/csv.raw" 2> "$dir/csv.err" \
        && "$PY" "$XE" --normalize-csv "$dir/csv.raw" > "$dir/csv" \
        && out=$(same "$dir/csv" "$dir/rasqal"); then
      pass "$name: newsgraph query --format csv has the rows of --format json"
    else
      fail "$name: newsgraph query --format csv differs from --format json (diff: - json, + csv)"
      printf '%s\n' "${out:-}"
      show_err "$dir/csv.err"
    fi
  fi
  # and a store answers as the graph file does
  if [ -n "$STORE" ] && [ -f "$dir/rasqal" ]; then
    if "$BIN" query -s "$STORE" --format json "$q" > "$dir/store.raw" 2> "$dir/store.err" \
        && "$PY" "$XE" --normalize "$dir/store.raw" > "$dir/store" \
        && out=$(same "$dir/store" "$dir/rasqal"); then
      pass "$name: newsgraph query -s STORE gives the rows of -g GRAPH"
    else
      fail "$name: newsgraph query -s STORE differs from -g GRAPH (diff: - graph, + store)"
      printf '%s\n' "${out:-}"
      show_err "$dir/store.err"
    fi
  fi
done

# variants: NAME<TAB>VARIANT<TAB>TEXT<TAB>REPLACEMENT, the text replaced literally
if [ -f "$DATA/variants.tsv" ]; then
  while IFS=$'\t' read -r name variant text replacement; do
    case "$name" in ''|'#'*) continue ;; esac
    label="$name@$variant"
    q="$SRC/queries/$name.rq"
    if [ ! -f "$q" ]; then
      fail "$label: no query queries/$name.rq"
      continue
    fi
    content=$(<"$q")
    changed=${content/"$text"/"$replacement"}
    if [ "$changed" = "$content" ]; then
      fail "$label: the text to replace is not in queries/$name.rq: $text"
      continue
    fi
    printf '%s\n' "$changed" > "$TMP/$label.rq"
    dir="$TMP/test/$label"
    answer "$label" "$GRAPH" "$TMP/$label.rq" "$dir"
    check_expected "$label" "$dir" "$EXPECTED/$label.csv"
  done < "$DATA/variants.tsv"
fi

# --- small graphs that once made rasqal drop or merge rows -----------------------
# tests/data/queries-regress/*.ttl: every canned query must give the same rows
# in the three engines; meetings.rq on remote-two-reports.ttl two rows.
for g in "$SRC"/tests/data/queries-regress/*.ttl; do
  gname=$(basename "$g" .ttl)
  for q in "${queries[@]}"; do
    name=$(basename "$q" .rq)
    answer "regress/$gname/$name" "$g" "$q" "$TMP/regress/$gname/$name"
  done
done
rr="$TMP/regress/remote-two-reports/meetings/rasqal"
if [ -f "$rr" ] && [ "$(rows "$rr")" -eq 2 ]; then
  pass "regress: rasqal keeps both reports of a remote meeting without place"
else
  fail "regress: rasqal gives $( [ -f "$rr" ] && rows "$rr" ) rows for a remote meeting reported twice (want 2)"
fi

# --- the dev corpus -----------------------------------------------------------

DEV="$SRC/../shared/corpus/dev"
if [ -d "$DEV" ]; then
  DEVGRAPH="$TMP/dev.ttl"
  if (cd "$SRC" && "$BIN" extract -q ../shared/corpus/dev -o "$DEVGRAPH") 2> "$TMP/dev.err"; then
    pass "extract ../shared/corpus/dev"
  else
    # exit status 1: some inputs skipped, the graph is still written
    if [ -s "$DEVGRAPH" ]; then
      pass "extract ../shared/corpus/dev (some inputs skipped)"
    else
      fail "extract ../shared/corpus/dev"; show_err "$TMP/dev.err"
    fi
  fi
  declare -A probe=()
  if [ $have_rdflib -eq 1 ] && [ -s "$DEVGRAPH" ]; then
    while IFS=$'\t' read -r name line; do
      probe[$name]=$line
    done < <("$PY" "$XE" --probes "$DEVGRAPH")
  fi
  for q in "${queries[@]}"; do
    name=$(basename "$q" .rq)
    label="dev/$name"
    want=${probe[$name]:-?}
    query="$q"
    case "$want" in
      '?'|'='|'-') ;;
      *)
        # put the probe's VALUES line in place of the query's own
        query="$TMP/dev-$name.rq"
        awk -v line="$want" 'BEGIN { done = 0 }
             !done && /^[ \t]*VALUES[ \t]/ { print line; done = 1; next }
             { print }' "$q" > "$query"
        note "$label: parameters for the dev data: ${want#  }"
        ;;
    esac
    dir="$TMP/dev/$name"
    answer "$label" "$DEVGRAPH" "$query" "$dir"
    read -r first _ <<< "$ran"
    case "$want" in
      '?') note "$label: no probe for this query; rows not required" ;;
      '-') note "$label: the dev data has no fact of this kind; rows not required" ;;
      *)
        if [ -n "$first" ] && [ "$(rows "$dir/$first")" -ge 1 ]; then
          pass "$label: answers with $(rows "$dir/$first") rows (the dev data has such facts)"
        else
          fail "$label: no row, although the dev data has facts of this kind"
        fi
        ;;
    esac
  done
else
  echo "skipped: dev corpus ($DEV not found)"
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
