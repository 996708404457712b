#!/usr/bin/env bash
# store_test.sh: checks the store commands (load, query, export, stats).
#
#   tests/store_test.sh NEWSGRAPH [SCRATCH_DIR]
#
# Writes a corpus of three short invented articles into SCRATCH_DIR (a
# temporary directory when not given) and checks that:
#  1. load creates the store, and it holds what `extract` writes;
#  2. loading again adds nothing;
#  3. query gives the expected rows in every --format (meeting participants,
#     a claim's value), from a query file too, the same over -g and --on-disk;
#  4. ASK prints true/false; CONSTRUCT prints Turtle;
#  5. malformed SPARQL exits 2 naming the line; a missing store, a missing
#     directory or a file that is not a store exits 4 and changes nothing;
#  6. a changed article replaces its facts (the old claim value goes, an
#     event it alone reported goes, what other articles said stays), and
#     the store then equals one loaded fresh from the changed corpus;
#  7. export parses with rapper; stats prints the expected counts.
# Needs rapper (raptor2-utils). Exit status 0 when every check passes.

set -u

if [ $# -lt 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 NEWSGRAPH [SCRATCH_DIR]" >&2
    exit 2
fi
NG="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
if [ $# -ge 2 ]; then
    mkdir -p "$2" || exit 2
    W="$(cd "$2" && pwd)"
else
    W="$(mktemp -d)"
    trap 'rm -rf "$W"' EXIT
fi
if ! command -v rapper >/dev/null 2>&1; then
    echo "FAIL - rapper is not installed (raptor2-utils)" >&2
    exit 2
fi
cd "$W" || exit 2
rm -rf corpus fresh missing-dir ./*.db ./*.ttl ./*.nt ./*.rq ./*.txt ./out.* ./err.*

pass=0
fail=0
ok()  { pass=$((pass + 1)); echo "ok   - $*"; }
bad() { fail=$((fail + 1)); echo "FAIL - $*"; }
# check NAME EXPECTED ACTUAL
check() {
    if [ "$2" = "$3" ]; then
        ok "$1"
    else
        bad "$1"
        echo "       expected: $(printf '%s' "$2" | od -c | head -5 | sed 's/^/         /')"
        echo "       actual:   $(printf '%s' "$3" | od -c | head -5 | sed 's/^/         /')"
    fi
}
# stat_of STATS_ARGS... NAME: one count from `stats`
stat_of() {
    local name="${!#}"
    "$NG" stats "${@:1:$#-1}" 2>/dev/null | awk -v n="$name" '$1 == n { print $2 }'
}
triples() { stat_of -s "$1" triples; }

# --- the corpus: invented reports in the genre ------------------------------
mkdir -p corpus
cat >corpus/a1.txt <<'EOF'
MINSK, 3 March 2025 (BelTA) - Belarusian President Aleksandr Lukashenko met with Pskov Oblast Governor Mikhail Vedernikov in Minsk on 3 March 2025. In 2024, trade between Belarus and Pskov Oblast reached $300 million.
EOF
cat >corpus/a2.txt <<'EOF'
MOSCOW, 12 May 2025 (BelTA) - Belarusian Prime Minister Roman Golovchenko held talks with Kaluga Oblast Governor Vladislav Shapsha in Moscow on 12 May. Last year, Belarusian exports to Kaluga Oblast grew by 15 percent to $410 million, Roman Golovchenko said.
EOF
cat >corpus/a3.txt <<'EOF'
MINSK, 3 March 2025 (BelTA) - Belarusian President Aleksandr Lukashenko met with Pskov Oblast Governor Mikhail Vedernikov in Minsk on 3 March 2025. The sides discussed joint projects in agriculture and machine building.
EOF

XSD="http://www.w3.org/2001/XMLSchema#"
Q_PART='SELECT ?name WHERE {
  ?m a ng:Meeting ; ng:location ?l ; ng:participant ?p .
  ?l rdfs:label "Minsk" .
  ?p rdfs:label ?name
} ORDER BY ?name'
Q_CLAIM='SELECT ?value ?unit WHERE {
  ?c ng:statedIn ?a ; ng:indicator ng:Trade ; ng:value ?value ; ng:unit ?unit .
  ?a ng:file "corpus/a1.txt"
}'

# --- 1. load creates the store ------------------------------------------------
echo "# load"
"$NG" load -s s.db corpus >out.load 2>err.load
rc=$?
if [ $rc -eq 0 ] && [ -s s.db ]; then ok "load creates the store"; else bad "load exit $rc"; cat err.load; fi
if grep -q "3 added" err.load; then ok "summary: 3 added"; else bad "summary: $(cat err.load)"; fi
"$NG" extract -q corpus -o x.ttl
want=$(rapper -q -i turtle -o ntriples x.ttl | sort -u | wc -l)
check "the store holds the triples extract writes ($want)" "$want" "$(triples s.db)"
T1=$(triples s.db)

# --- 2. loading again ----------------------------------------------------------
"$NG" load -s s.db corpus 2>err.load
rc=$?
check "second load exits 0" 0 "$rc"
check "second load leaves the triple count" "$T1" "$(triples s.db)"
if grep -q "3 unchanged" err.load; then ok "summary: 3 unchanged"; else bad "summary: $(cat err.load)"; fi
places=$(stat_of -g x.ttl places)
check "stats" "articles 3
people 4
places $places
positions 4
meetings 2
forums 0
claims 2
triples $T1" "$("$NG" stats -s s.db)"
if [ "${places:-0}" -ge 5 ]; then ok "at least the 5 places named ($places)"; else bad "places: $places"; fi

# --- 3. query in every format -------------------------------------------------
echo "# query"
check "participants, table" "name
--------------------
Aleksandr Lukashenko
Mikhail Vedernikov" "$("$NG" query -s s.db -e "$Q_PART")"
check "participants, csv" $'name\r\nAleksandr Lukashenko\r\nMikhail Vedernikov\r' \
    "$("$NG" query -s s.db --format csv -e "$Q_PART")"
check "participants, tsv" $'?name\n"Aleksandr Lukashenko"\n"Mikhail Vedernikov"' \
    "$("$NG" query -s s.db --format tsv -e "$Q_PART")"
check "participants, json" '{"head":{"vars":["name"]},"results":{"bindings":[
{"name":{"type":"literal","value":"Aleksandr Lukashenko"}},
{"name":{"type":"literal","value":"Mikhail Vedernikov"}}
]}}' "$("$NG" query -s s.db --format json -e "$Q_PART")"
check "claim, table" "value        unit
-----------  ----
300000000.0  USD" "$("$NG" query -s s.db -e "$Q_CLAIM")"
check "claim, csv" $'value,unit\r\n300000000.0,USD\r' "$("$NG" query -s s.db --format csv -e "$Q_CLAIM")"
check "claim, tsv" "?value	?unit
\"300000000.0\"^^<${XSD}decimal>	\"USD\"" "$("$NG" query -s s.db --format tsv -e "$Q_CLAIM")"
check "claim, json" "{\"head\":{\"vars\":[\"value\",\"unit\"]},\"results\":{\"bindings\":[
{\"value\":{\"type\":\"literal\",\"value\":\"300000000.0\",\"datatype\":\"${XSD}decimal\"},\"unit\":{\"type\":\"literal\",\"value\":\"USD\"}}
]}}" "$("$NG" query -s s.db --format json -e "$Q_CLAIM")"
printf '%s\n' "$Q_PART" >part.rq
check "a query file" "$("$NG" query -s s.db --format csv -e "$Q_PART")" "$("$NG" query -s s.db --format csv part.rq)"
check "-g over extract's output gives the same rows" "$("$NG" query -s s.db --format csv -e "$Q_CLAIM")" \
    "$("$NG" query -g x.ttl --format csv -e "$Q_CLAIM")"
check "--on-disk (the SQLite store itself) gives the same rows" "$("$NG" query -s s.db --format csv -e "$Q_PART")" \
    "$("$NG" query -s s.db --on-disk --format csv -e "$Q_PART")"
check "a query declaring a prefix itself" "$("$NG" query -s s.db --format csv -e "$Q_PART")" \
    "$("$NG" query -s s.db --format csv -e "PREFIX ng: <https://w3id.org/newsgraph/ns#> $Q_PART")"

# --- 4. ASK and CONSTRUCT -------------------------------------------------------
Q_ASK='ASK { ?m a ng:Meeting ; ng:participant ?p . ?p rdfs:label "Roman Golovchenko" }'
check "ASK true" "true" "$("$NG" query -s s.db -e "$Q_ASK")"
check "ASK true, json" '{"head":{},"boolean":true}' "$("$NG" query -s s.db --format json -e "$Q_ASK")"
check "ASK false" "false" "$("$NG" query -s s.db -e 'ASK { ?x a ng:Forum }')"
"$NG" query -s s.db -e 'CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a ng:Person ; rdfs:label ?l }' >out.ttl
check "CONSTRUCT prints Turtle (4 labels)" 4 "$(rapper -q -i turtle -o ntriples out.ttl http://x/ | wc -l)"

# --- 5. errors --------------------------------------------------------------------
echo "# errors"
"$NG" query -s s.db -e 'SELECT ?x
WHERE { ?x a ng:Meeting . FILTER( }' >out.err 2>err.err
rc=$?
check "malformed SPARQL exits 2" 2 "$rc"
if grep -q "line 2" err.err; then ok "and names line 2"; else bad "no line number: $(cat err.err)"; fi
for cmd in "query -s missing.db -e ASK{}" "stats -s missing.db" "export -s missing.db"; do
    # shellcheck disable=SC2086
    "$NG" $cmd >/dev/null 2>err.err
    rc=$?
    if [ $rc -eq 4 ] && [ ! -e missing.db ] && grep -q missing.db err.err; then
        ok "$cmd: exit 4, names the file, creates nothing"
    else
        bad "$cmd: exit $rc, $(ls missing.db 2>&1), $(cat err.err)"
    fi
done
"$NG" load -s missing-dir/s.db corpus 2>err.err
rc=$?
if [ $rc -eq 4 ] && [ ! -e missing-dir ]; then ok "load into a missing directory: exit 4, nothing made"; else bad "exit $rc"; fi
cp corpus/a1.txt notastore.txt
"$NG" load -s notastore.txt corpus 2>err.err
rc=$?
if [ $rc -eq 4 ] && cmp -s corpus/a1.txt notastore.txt && grep -q notastore.txt err.err; then
    ok "load into a file that is not a store: exit 4, file unchanged"
else
    bad "exit $rc: $(cat err.err)"
fi
"$NG" query -g missing.ttl -e 'ASK {}' 2>/dev/null
check "a missing graph file exits 4" 4 "$?"
printf 'this is < not turtle\n' >broken.ttl
"$NG" query -g broken.ttl -e 'ASK {}' 2>/dev/null
check "a graph that does not parse exits 4" 4 "$?"

# --- 6. a changed article ---------------------------------------------------------
echo "# changed articles"
sed -i 's/\$300 million/$350 million/' corpus/a1.txt
"$NG" load -s s.db corpus 2>err.load
rc=$?
check "loading a changed article exits 0" 0 "$rc"
if grep -q "1 replaced" err.load; then ok "summary: 1 replaced"; else bad "summary: $(cat err.load)"; fi
check "the claim has the new value only" $'value,unit\r\n350000000.0,USD\r' \
    "$("$NG" query -s s.db --format csv -e "$Q_CLAIM")"
check "the old value is gone" "false" "$("$NG" query -s s.db -e 'ASK { ?c ng:value 300000000.0 }')"
check "the triple count is as before" "$T1" "$(triples s.db)"
check "the shared meeting keeps both reports" 2 "$("$NG" query -s s.db --format csv -e \
    'SELECT (COUNT(?a) AS ?n) WHERE { ?m ng:location ?l ; ng:reportedIn ?a . ?l rdfs:label "Minsk" }' | tail -1 | tr -d '\r')"
mkdir -p fresh && cp corpus/*.txt fresh/ && mkdir -p fresh/corpus && mv fresh/*.txt fresh/corpus/
(cd fresh && "$NG" load -q -s f.db corpus)
"$NG" export -s s.db -f ntriples | sort >s.nt
"$NG" export -s fresh/f.db -f ntriples | sort >f.nt
if cmp -s s.nt f.nt; then ok "the updated store equals a fresh load of the changed corpus"; else
    bad "updated and fresh stores differ"; diff s.nt f.nt | head -10 | sed 's/^/       /'; fi

cat >corpus/a2.txt <<'EOF'
MOSCOW, 12 May 2025 (BelTA) - Last year, Belarusian exports to Kaluga Oblast grew by 15 percent to $410 million.
EOF
"$NG" load -q -s s.db corpus
check "an event only the old version reported is gone" "false" "$("$NG" query -s s.db -e "$Q_ASK")"
check "people stay" 4 "$(stat_of -s s.db people)"
check "positions only it attested are gone" 2 "$(stat_of -s s.db positions)"

# --- 7. export and stats --------------------------------------------------------
echo "# export and stats"
"$NG" export -s s.db -o out.ttl
rc=$?
n=$(rapper -i turtle -c out.ttl http://x/ 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')
if [ $rc -eq 0 ] && [ -n "$n" ]; then ok "export parses with rapper ($n triples)"; else bad "export exit $rc"; fi
check "export has every triple" "$(triples s.db)" "$n"
"$NG" export -s s.db -f bogus >/dev/null 2>&1
check "export with an unknown format exits 2" 2 "$?"
check "stats -g agrees with stats -s" "$("$NG" stats -s fresh/f.db)" \
    "$("$NG" export -s fresh/f.db -o g.ttl && "$NG" stats -g g.ttl)"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
