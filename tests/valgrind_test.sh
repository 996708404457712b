#!/usr/bin/env bash
# valgrind_test.sh BIN SOURCE_DIR SCRATCH_DIR - newsgraph under valgrind's memcheck.
#
# Each run is `valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect
# --error-exitcode=99`; a check passes when the command exits as it should
# (not 99), valgrind reports "ERROR SUMMARY: 0 errors" and the leak summary
# has no definitely or indirectly lost bytes ("All heap blocks were freed"
# counts as none). Runs: extract of examples/corpus to Turtle and to
# N-Triples with -j 2; extract of the e2e fixtures (HTML on the main thread,
# JSON Lines, an extra gazetteer) and of bad input (skipped files, a
# malformed JSON line, a truncated .warc.gz, no article at all); query -g
# (SELECT, ASK, CONSTRUCT, malformed SPARQL); load into a scratch store,
# load again, load a changed article; query -s, export -s, stats -s.
#
# No suppressions are used. When a check fails, the first error records of
# the log are printed and the whole log stays in SCRATCH_DIR.
# Skipped (77) when valgrind is missing or BIN is a sanitizer build.
set -u

. "$(dirname "$0")/lib.sh"
ng_test_args valgrind_test "$@"
EX="$SRC/examples/corpus"
D="$SRC/tests/data/e2e"
export NEWSGRAPH_DATA="$SRC/ontology"
export LC_ALL=C.UTF-8

if ! command -v valgrind >/dev/null 2>&1; then
  echo "SKIP  valgrind is not installed"
  exit 77
fi
if ldd "$BIN" 2>/dev/null | grep -qE 'lib(a|ub|t|l)san'; then
  echo "SKIP  $BIN is a sanitizer build; valgrind and the sanitizers do not mix"
  exit 77
fi


T0=$(date +%s)
n=0
# vg NAME EXPECTED_EXIT ARGS... [< input]: one newsgraph run under memcheck.
vg() {
  local name="$1" want="$2"
  shift 2
  n=$((n + 1))
  local log="$W/vg-$n.log" t0 rc
  t0=$(date +%s)
  valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
    --num-callers=30 --log-file="$log" "$BIN" "$@" >"$W/out-$n" 2>"$W/err-$n"
  rc=$?
  local p=()
  if [ "$rc" -eq 99 ]; then
    p+=("valgrind found errors (exit 99)")
  elif [ "$rc" -ne "$want" ]; then
    p+=("exit $rc, expected $want: $(tail -2 "$W/err-$n")")
  fi
  grep -q 'ERROR SUMMARY: 0 errors' "$log" || p+=("$(grep -m1 'ERROR SUMMARY' "$log" | sed 's/^==[0-9]*== //')")
  if ! grep -q 'All heap blocks were freed' "$log"; then
    grep -q 'definitely lost: 0 bytes' "$log" || p+=("$(grep -m1 'definitely lost:' "$log" | sed 's/^==[0-9]*== *//')")
    grep -q 'indirectly lost: 0 bytes' "$log" || p+=("$(grep -m1 'indirectly lost:' "$log" | sed 's/^==[0-9]*== *//')")
  fi
  if ((${#p[@]})); then
    # the first error and leak records, without the banner
    fail "$name" "${p[@]}" "log: $log" "$(sed 's/^==[0-9]*== \{0,1\}//' "$log" |
      awk '/^(Invalid|Conditional|Use of|Syscall|Mismatched|Source and|Argument|[0-9,]+ (\([0-9,]+ direct, [0-9,]+ indirect\) )?bytes in .* (definitely|indirectly) lost)/ { show = 1; k++ }
           /^$/ { if (show) print "--"; show = 0 }
           show && k <= 4 { print }' | head -60)"
  else
    pass "$name: exit $rc, no memcheck errors, no leaks ($(( $(date +%s) - t0 )) s)"
  fi
}

echo "# extract"
vg "extract examples/corpus -j 2 to Turtle" 0 extract -j 2 "$EX" -o "$W/ex.ttl"
vg "extract examples/corpus -j 2 to N-Triples" 0 extract -j 2 -f ntriples "$EX" -o "$W/ex.nt"
vg "extract -j 1 -f nquads of the e2e fixtures, JSON Lines, an extra gazetteer (HTML on the main thread)" 0 \
  extract -q -j 1 -f nquads --gazetteer "$D/gazetteer-extra.ttl" "$D/corpus" "$D/articles.jsonl" "$D/gazetteer-article.txt" -o "$W/fx.nq"

# bad input: skipped files, a malformed JSON line, a truncated .warc.gz
mkdir -p "$W/bad"
cp "$D/corpus/e01_pskov_agro.txt" "$W/bad/a-good.txt"
: >"$W/bad/b-empty.txt"
printf 'Trade reached \xe2\x82 $1 billion.\n' >"$W/bad/c-invalid.txt"
head -c 4000 /dev/zero | tr '\0' 'x' >"$W/bad/d-big.txt"
{ head -1 "$D/articles.jsonl"; echo '{"text": "unterminated'; } >"$W/bad/e-lines.jsonl"
/usr/bin/python3 - "$W/bad/f-cut.warc.gz" "$D/corpus/regions/e03_golovchenko_kazan.txt" <<'EOF'
import gzip, sys
body = open(sys.argv[2], "rb").read()
def rec(uri):
    return (b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: %s\r\nContent-Type: text/plain\r\n"
            b"Content-Length: %d\r\n\r\n" % (uri, len(body))) + body + b"\r\n\r\n"
cut = rec(b"https://news.example.org/cut")
open(sys.argv[1], "wb").write(gzip.compress(rec(b"https://news.example.org/whole")) + gzip.compress(cut[: len(cut) // 2]))
EOF
vg "extract -j 2 of a directory with empty, invalid, oversized files, a malformed JSON line, a truncated WARC record" 1 \
  extract -j 2 --max-size 3000 "$W/bad" -o "$W/bad.ttl"
# (invalid UTF-8 is repaired and read since issue 13: an oversized file instead)
vg "extract with no readable article (exit 3, -o left alone)" 3 extract --max-size 3000 "$W/bad/b-empty.txt" "$W/bad/d-big.txt" -o "$W/none.ttl"
printf '@prefix ng: <https://w3id.org/newsgraph/ns#> .\nx:y a ng:City .\n' >"$W/broken-gazetteer.ttl"
vg "extract with a broken gazetteer (exit 4)" 4 extract --gazetteer "$W/broken-gazetteer.ttl" "$D/corpus"

echo "# query -g"
vg "query -g: SELECT with GROUP BY and FILTER" 0 query -g "$W/ex.ttl" --format csv -e \
  'SELECT ?m (COUNT(?p) AS ?n) WHERE { ?m a ng:Meeting ; ng:participant ?p ; ng:date ?d FILTER(?d >= "2024-01-01"^^xsd:date) } GROUP BY ?m'
vg "query -g: ASK, --format json" 0 query -g "$W/ex.ttl" --format json -e 'ASK { ?c ng:status ng:Projected }'
vg "query -g: CONSTRUCT" 0 query -g "$W/ex.ttl" -e 'CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a ng:Person ; rdfs:label ?l }'
cat >"$W/claims.rq" <<'EOF'
# claims with their speaker, as a query file (no STRAFTER/STRBEFORE: see below)
SELECT ?who ?v ?unit (REPLACE(STR(?st), "^.*#", "") AS ?status) WHERE {
  ?c a ng:EconomicClaim ; ng:speaker ?s ; ng:value ?v ; ng:unit ?unit ; ng:status ?st .
  ?s rdfs:label ?who } ORDER BY ?who ?v
EOF
vg "query -g: a query file, REPLACE, ORDER BY, --format table" 0 query -g "$W/ex.ttl" "$W/claims.rq"
# KNOWN BUG (third party, raptor2 2.0.15 / librdf 1.0.17): reading an
# N-Triples file that holds a typed literal through librdf's "ntriples"
# parser loses one reference to a datatype URI (24 bytes definitely lost,
# plus the world's concept and xsd URIs it pins, reported as lost in
# raptor_concepts_init and rasqal_xsd_init). A 15-line librdf program that
# parses '<s> <p> "1"^^xsd:integer .' with "ntriples" and frees everything
# shows the same; with "turtle" it does not. Not suppressed (a suppression
# on those allocation stacks would hide any leaked URI reference).
# vg "query -g over N-Triples" 0 query -g "$W/ex.nt" --format json -e 'ASK { ?c ng:status ng:Projected }'
# rasqal 0.9.33's STRAFTER and STRBEFORE read freed memory (roqet alone
# shows it), so queries/*.rq take local names with REPLACE instead:
vg "query -g: queries/meetings.rq" 0 query -g "$W/ex.ttl" "$SRC/queries/meetings.rq"
# (claims-timeline.rq is left out: rasqal 0.9.33 loses 64 bytes in
# rasqal_expression_sequence_evaluate for its COALESCE/CONCAT; third party)
vg "query -g: malformed SPARQL (exit 2)" 2 query -g "$W/ex.ttl" -e 'SELECT ?x WHERE { ?x a ng:Meeting . FILTER( }'

echo "# store"
DB="$W/s.db"
rm -f "$DB"
vg "load -j 1 -s of examples/corpus into a new store" 0 load -j 1 -s "$DB" "$EX"
vg "load again (every article unchanged)" 0 load -j 2 -s "$DB" "$EX"
mkdir -p "$W/changed"
cp "$EX"/a0*.txt "$W/changed/"
vg "load -j 2 -s of the text articles under other names" 0 load -j 2 -s "$DB" "$W/changed"
sed -i 's/\$1\.72 billion/$1.73 billion/' "$W/changed/a01_lukashenko_nikitin.txt"
vg "load a changed article (its facts replaced)" 0 load -j 2 -s "$DB" "$W/changed/a01_lukashenko_nikitin.txt"
vg "query -s" 0 query -s "$DB" --format tsv -e 'SELECT ?v WHERE { ?c ng:indicator ng:Trade ; ng:value ?v }'
vg "export -s to Turtle" 0 export -s "$DB" -f turtle -o "$W/export.ttl"
vg "stats -s" 0 stats -s "$DB"
vg "query -s on a missing store (exit 4)" 4 query -s "$W/missing.db" -e 'ASK {}'
rm -f "$W/s2.db"
vg "load -j 2 -s of examples/corpus (HTML parsed in worker threads)" 0 load -j 2 -s "$W/s2.db" "$EX"

echo
echo "$passed passed, $failed failed ($(( $(date +%s) - T0 )) s)"
[ "$failed" -eq 0 ]
