#!/usr/bin/env bash
# queries_gen_test.sh BINARY SOURCE_DIR [SCRATCH_DIR]
#
# Every canned query (queries/*.rq) on the graph of a generated corpus
# (bench/gen_corpus.py, GEN_MB megabytes, default 3: about 177,000 triples),
# answered by rasqal (`BINARY query`), Oxigraph and rdflib; the normalized
# rows must agree (tests/cross_engine.py --same). Each engine gets
# QUERY_TIMEOUT seconds a query (default 120); a query without an answer
# fails. Exit 1 when two engines disagree or one fails; 77 when neither
# Oxigraph nor rdflib is installed. About 2 minutes of CPU on the 2-core
# development machine (queries/README.md gives the figures).

set -u
if [ $# -lt 2 ]; then
  echo "usage: $0 BINARY SOURCE_DIR [SCRATCH_DIR]" >&2
  exit 2
fi
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SRC=$(cd "$2" && pwd)
if [ $# -ge 3 ]; then
  mkdir -p "$3" && W=$(cd "$3" && pwd)
else
  W=$(mktemp -d "${TMPDIR:-/tmp}/queries_gen.XXXXXX")
  trap 'rm -rf "$W"' EXIT
fi
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
XE="$SRC/tests/cross_engine.py"
MJS="$SRC/tests/js/cross-engine.mjs"
GEN_MB=${GEN_MB:-3}
QUERY_TIMEOUT=${QUERY_TIMEOUT:-120}

engines="rasqal"
[ -d "$SRC/tests/js/node_modules/oxigraph" ] && command -v node >/dev/null 2>&1 && engines="$engines oxigraph"
"$PY" -c 'import rdflib' 2>/dev/null && engines="$engines rdflib"
if [ "$engines" = rasqal ]; then
  echo "skipped: neither Oxigraph nor rdflib is installed (make deps)"
  exit 77
fi

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok:   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

rm -rf "$W/corpus"
if ! "$PY" "$SRC/bench/gen_corpus.py" --out "$W/corpus" --mb "$GEN_MB" >"$W/gen.log" 2>&1; then
  fail "bench/gen_corpus.py --mb $GEN_MB"; head -n 5 "$W/gen.log"
  exit 1
fi
G="$W/gen.nt"
"$BIN" extract -q -f ntriples "$W/corpus" -o "$G" 2>"$W/extract.err"
if [ ! -s "$G" ]; then
  fail "extract the generated corpus"; head -n 5 "$W/extract.err"
  exit 1
fi
pass "extract a $GEN_MB MB generated corpus ($(wc -l < "$G") triples)"

# The queries, each engine reading the graph once: rasqal through `BINARY
# query` (one run a query, QUERY_TIMEOUT seconds each), Oxigraph and rdflib in
# one process each (--out-dir: the graph parsed once, every query answered),
# QUERY_TIMEOUT seconds a query in all. Each engine's CPU seconds (user +
# system, GNU time) are reported.
# targets-vs-actuals.rq with ?name UNDEF pairs every target with every later
# actual figure of the same parties: on this corpus the pairs alone take
# rasqal and Oxigraph past 120 s (bench/RESULTS.md). It is left out here,
# said so below, until it is made to scale; tests/queries_test.sh checks it
# on the test corpus and the dev corpus. GEN_SKIP= runs it too.
GEN_SKIP=${GEN_SKIP-targets-vs-actuals}
queries=()
for q in "$SRC"/queries/*.rq; do
  name=$(basename "$q" .rq)
  case " $GEN_SKIP " in
    *" $name "*) echo "skip: $name: left out on the generated corpus (GEN_SKIP; the answer grows with the square of the claims)" ;;
    *) queries+=("$q") ;;
  esac
done
n=${#queries[@]}
cpu() { awk '{printf "%.2f", $1 + $2}' "$1" 2>/dev/null; }
for e in $engines; do
  mkdir -p "$W/$e"
  rm -f "$W/$e"/*
  case $e in
    rasqal)
      : > "$W/rasqal.cpu"
      for q in "${queries[@]}"; do
        name=$(basename "$q" .rq)
        st=0
        /usr/bin/time -f '%U %S' -o "$W/rasqal/$name.time" timeout "$QUERY_TIMEOUT" \
          "$BIN" query -g "$G" --format json "$q" > "$W/rasqal/$name.raw" 2> "$W/rasqal/$name.err" || st=$?
        if [ $st -eq 0 ]; then
          "$PY" "$XE" --normalize "$W/rasqal/$name.raw" > "$W/rasqal/$name" 2>> "$W/rasqal/$name.err" || st=2
        fi
        [ $st -eq 124 ] && echo "timed out after $QUERY_TIMEOUT s" >> "$W/rasqal/$name.err"
        [ $st -eq 0 ] || rm -f "$W/rasqal/$name"
        cat "$W/rasqal/$name.time" >> "$W/rasqal.cpu"
      done
      awk '{u += $1; s += $2} END {print u, s}' "$W/rasqal.cpu" > "$W/rasqal.time" ;;
    oxigraph)
      /usr/bin/time -f '%U %S' -o "$W/oxigraph.time" timeout $((QUERY_TIMEOUT * n)) \
        node "$MJS" --out-dir "$W/oxigraph" "$G" "${queries[@]}" 2> "$W/oxigraph.err" ;;
    rdflib)
      /usr/bin/time -f '%U %S' -o "$W/rdflib.time" timeout $((QUERY_TIMEOUT * n)) \
        "$PY" "$XE" --out-dir "$W/rdflib" "$G" "${queries[@]}" 2> "$W/rdflib.err" ;;
  esac
  echo "      $e: $(cpu "$W/$e.time") CPU seconds for the $n queries (graph reading included)"
done

for q in "${queries[@]}"; do
  name=$(basename "$q" .rq)
  ran=""
  for e in $engines; do
    if [ -f "$W/$e/$name" ]; then
      ran="$ran $e"
    else
      fail "$name: $e gave no answer"
      head -n 3 "$W/$e/$name.err" "$W/$e.err" 2>/dev/null | sed 's/^/      /'
    fi
  done
  first=""
  for e in $ran; do
    if [ -z "$first" ]; then first=$e; continue; fi
    if out=$("$PY" "$XE" --same "$W/$e/$name" "$W/$first/$name"); then
      pass "$name: $e agrees with $first ($(($(wc -l < "$W/$first/$name") - 1)) rows)"
    else
      fail "$name: $e disagrees with $first"; printf '%s\n' "$out" | head -n 20
    fi
  done
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
