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
#  7. export parses with rapper; stats prints the expected counts;
#  8. query: --bind, standard input, gzip and -i, unknown extensions, XML
#     results, CONSTRUCT and DESCRIBE in -f's format, --limit, --timeout, SERVICE and
#     oversized expressions refused, the table's row cap; export -o onto the
#     store refused, a feed format that writes nothing leaves -o as it was;
#     a damaged store is an error; two loads of one new store at once, and
#     stats during a load, lose nothing;
#  9. byte-identical files are one article with an ng:file each; when one
#     changes, the other keeps its article and facts (issues 13, 16); the
#     same text at two addresses is one article with both dcterms:source,
#     the first copy's headline and date, in extract and load alike;
#     copies of one story in other chrome, loaded apart, are linked by
#     ng:sameStoryAs, and a changed copy's links go with it;
# 10. load's own writing of librdf's rows (bulk.c) leaves the tables and
#     the export that librdf's own path leaves (NEWSGRAPH_LOAD_LIBRDF=1).
# 11. the copy in memory that query and export read, made from librdf's
#     tables, equals librdf's own copy (NEWSGRAPH_COPY_LIBRDF=1), statement
#     for statement and in order, with blank nodes, languages, datatypes.
# Needs rapper (raptor2-utils) and python3. Exit status 0 when every check passes.

set -u

if [ $# -lt 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 NEWSGRAPH [SCRATCH_DIR]" >&2
    exit 2
fi
NG="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
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
rm -rf corpus fresh missing-dir busy dup dup1 dupf urls rows near nearf svc.port svc.hits ./*.db ./*.db-* ./*.ttl ./*.nt ./*.gz ./*.trix ./*.xml ./*.rq ./*.txt ./out.* ./err.* ./copy-*

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

# --- 8. query options, store safety -------------------------------------------------
echo "# query options and store safety"
cat >b.rq <<'EOF'
SELECT ?name WHERE {
  VALUES ?place { "Nowhere" }
  ?m a ng:Meeting ; ng:location ?l ; ng:participant ?p .
  ?l rdfs:label ?place .
  ?p rdfs:label ?name
} ORDER BY ?name
EOF
check "--bind puts the value in the VALUES row" $'name\r\nAleksandr Lukashenko\r\nMikhail Vedernikov\r' \
    "$("$NG" query -s s.db --bind place=Minsk --format csv b.rq)"
"$NG" query -s s.db --bind nosuch=x b.rq >/dev/null 2>err.q
check "--bind of a variable the VALUES row lacks exits 2" 2 "$?"
check "the query from standard input" $'name\r\nAleksandr Lukashenko\r\nMikhail Vedernikov\r' \
    "$("$NG" query -s s.db --bind place=Minsk --format csv - < b.rq)"
"$NG" export -s s.db -f ntriples -o g.nt
check "a graph from standard input (-g - -i ntriples)" "$(stat_of -g g.nt triples)" \
    "$("$NG" query -g - -i ntriples --format csv -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' < g.nt | tail -n 1 | tr -d '\r')"
echo 'SELECT ?s WHERE { ?s ?p ?o }' | "$NG" query -g - -i ntriples - >/dev/null 2>err.q
check "the graph and the query both from standard input: refused, exit 2" 2 "$?"
if grep -q "standard input (-) can be read only once" err.q; then ok "and the message says why"; else bad "message: $(cat err.q)"; fi
for cmd in "query -e ASK{}" stats "report -o out.html"; do
    # shellcheck disable=SC2086
    "$NG" $cmd -g - -g - <g.nt >/dev/null 2>err.q
    rc=$?
    if [ "$rc" -eq 2 ] && grep -q "standard input can be read only once: -g - and -g -" err.q && [ ! -e out.html ]; then
        ok "${cmd%% *} -g - -g -: refused, exit 2"
    else bad "${cmd%% *} -g - -g -: exit $rc, $(head -1 err.q)"; fi
done
gzip -c g.nt > g.nt.gz
check "a gzipped graph" "$(stat_of -g g.nt triples)" "$(stat_of -g g.nt.gz triples)"
head -c 200 g.nt.gz > cut.nt.gz
"$NG" query -g cut.nt.gz -e 'ASK { ?s ?p ?o }' >/dev/null 2>err.q
check "a cut gzip file exits 4" 4 "$?"
cp g.nt g.trix
"$NG" query -g g.trix -e 'ASK { ?s ?p ?o }' >/dev/null 2>err.q
rc=$?
if [ $rc -eq 4 ] && grep -q "unknown graph format" err.q; then ok "an unknown extension is named as such"; else bad "unknown extension: exit $rc: $(cat err.q)"; fi
check "-i overrides the extension" true "$("$NG" query -g g.trix -i ntriples -e 'ASK { ?s ?p ?o }')"
"$NG" query -s s.db --format xml -e "$Q_PART" > out.xml
if grep -q '<binding name="name"><literal>Mikhail Vedernikov</literal></binding>' out.xml; then
    ok "--format xml writes SPARQL XML results"; else bad "xml: $(head -c 300 out.xml)"; fi
if ! command -v xmllint >/dev/null 2>&1 || xmllint --noout out.xml; then ok "the XML is well-formed"; else bad "the XML is not well-formed"; fi
"$NG" query -s s.db -f ntriples -e 'CONSTRUCT { ?a ng:file ?f } WHERE { ?a ng:file ?f }' > out.nt
# DESCRIBE (rasqal gives an empty graph; newsgraph runs its pattern and
# gathers each resource's triples): an IRI, a prefixed name, a variable
MINSK=https://w3id.org/newsgraph/id/place/minsk
"$NG" query -s s.db -f ntriples -e "CONSTRUCT { <$MINSK> ?p ?o } WHERE { <$MINSK> ?p ?o }" | sort > want.nt
check "DESCRIBE <IRI> gives the resource's triples, in -f's format" "$(cat want.nt)" \
    "$("$NG" query -s s.db -f ntriples -e "DESCRIBE <$MINSK>" | sort)"
check "DESCRIBE of a prefixed name, in Turtle" "$(wc -l < want.nt)" \
    "$("$NG" query -s s.db -e "PREFIX place: <https://w3id.org/newsgraph/id/place/> DESCRIBE place:minsk" |
       rapper -q -i turtle -o ntriples - http://x/ | wc -l)"
M1="$("$NG" query -s s.db --format tsv -e 'SELECT ?m WHERE { ?m a ng:Meeting } ORDER BY ?m LIMIT 1' | sed -n 2p)"
check "DESCRIBE ?m WHERE ... ORDER BY ?m LIMIT 1: the first meeting's triples" \
    "$("$NG" query -s s.db -f ntriples -e "CONSTRUCT { $M1 ?p ?o } WHERE { $M1 ?p ?o }" | sort)" \
    "$("$NG" query -s s.db -f ntriples -e 'DESCRIBE ?m WHERE { ?m a ng:Meeting } ORDER BY ?m LIMIT 1' | sort)"
check "CONSTRUCT in -f ntriples" 3 "$(rapper -i ntriples -c out.nt 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')"
check "--limit" 2 "$("$NG" query -s s.db --limit 2 --format csv -e 'SELECT * WHERE { ?s ?p ?o }' | tail -n +2 | wc -l)"
"$NG" query -s s.db --timeout 1 -e 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }' --format csv >/dev/null 2>err.q
rc=$?
if [ $rc -eq 4 ] && grep -q -- "--timeout" err.q; then ok "--timeout ends a runaway query with a message"; else bad "--timeout: exit $rc $(cat err.q)"; fi
# SERVICE: refused before any request. The endpoint is a local socket that
# accepts and never answers (c90f677 connected and waited on it forever;
# an unreachable address only made it fail fast, exit 2, like a refusal).
rm -f svc.port svc.hits
python3 -c '
import socket, sys
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(8)
print(s.getsockname()[1], flush=True)
s.settimeout(30)
held = []
try:
    while True:
        held.append(s.accept()[0])
        open("svc.hits", "a").write("connection\n")
except OSError:
    pass' >svc.port &
svc=$!
for i in $(seq 50); do [ -s svc.port ] && break; sleep 0.1; done
timeout -k 2 10 "$NG" query -s s.db -e "SELECT * WHERE { SERVICE <http://127.0.0.1:$(cat svc.port)/sparql> { ?s ?p ?o } }" \
    >/dev/null 2>err.q
rc=$?
kill "$svc" 2>/dev/null; wait "$svc" 2>/dev/null
if [ $rc -eq 2 ] && [ ! -e svc.hits ] && grep -q -- "--allow-service" err.q; then
    ok "SERVICE is refused before any request (exit 2, no connection)"
else
    bad "SERVICE: exit $rc, $([ -e svc.hits ] && echo 'the endpoint was contacted' || echo 'no connection'): $(head -c 200 err.q)"
fi
awk 'BEGIN { printf "ASK { FILTER(true"; for (i = 0; i < 30000; i++) printf " && true"; print ") }" }' > deep.rq
"$NG" query -s s.db deep.rq >/dev/null 2>err.q
check "a 30,000-term FILTER is refused before rasqal (exit 2)" 2 "$?"
awk 'BEGIN { printf "ASK { FILTER(true"; for (i = 0; i < 100000; i++) printf " && true"; print ") }" }' > deep.rq
"$NG" query -s s.db deep.rq >/dev/null 2>err.q
rc=$?
# over 256 KiB: refused as every query limit is (exit 2), from a file or stdin
if [ $rc -eq 2 ] && grep -q "larger than the limit" err.q; then ok "a 100,000-term FILTER (over 256 KiB) is refused, no crash (exit 2)"; else bad "deep FILTER: exit $rc $(head -c 200 err.q)"; fi
"$NG" query -s s.db - < deep.rq >/dev/null 2>err.q
check "the same query on standard input: exit 2" 2 "$?"
awk 'BEGIN { printf "ASK { FILTER("; for (i = 0; i < 65; i++) printf "("; printf "true"; for (i = 0; i < 65; i++) printf ")"; print ") }" }' > nest.rq
"$NG" query -s s.db nest.rq >/dev/null 2>err.q
check "brackets nested 65 deep: refused (exit 2)" 2 "$?"
"$NG" query -s s.db no-such-query.rq >/dev/null 2>err.q
check "a query file that cannot be read: exit 4" 4 "$?"
"$NG" query -g g.nt --format table -e 'SELECT ?i WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }' > out.tab 2>err.q
rc=$?
if [ $rc -eq 1 ] && [ "$(wc -l < out.tab)" -le 10002 ] && grep -q "table stops" err.q; then ok "the table stops at its row cap (exit 1)"; else bad "table cap: exit $rc, $(wc -l < out.tab) lines"; fi
# on a copy: where it is not refused (c90f677), the checks after it still
# have their store
cp s.db onto.db && cp s.db keep.db
"$NG" export -s onto.db -o onto.db 2>err.q
rc=$?
if [ $rc -eq 2 ] && cmp -s onto.db keep.db; then ok "export -o onto the store is refused"; else bad "export -o store: exit $rc, the store $(cmp -s onto.db keep.db && echo kept || echo replaced)"; fi
echo previous > feed.xml
"$NG" export -s s.db -f atom -o feed.xml 2>err.q
rc=$?
if [ $rc -ne 0 ] && [ "$(cat feed.xml)" = previous ]; then ok "an empty atom export leaves -o as it was (exit $rc)"; else bad "atom: exit $rc, feed.xml now $(wc -c < feed.xml) bytes"; fi
"$NG" export -s s.db -f json -o out.json 2>err.q
check "export -f json" 0 "$?"
cp s.db dmg.db
size=$(stat -c %s dmg.db)
# the same bytes every run (0xff), so that the check does not depend on chance
head -c 2048 /dev/zero | tr '\0' '\377' | dd of=dmg.db bs=1024 seek=$((size / 1024 / 2)) count=2 conv=notrunc 2>/dev/null
"$NG" stats -s dmg.db >/dev/null 2>err.q
rc=$?
if [ $rc -eq 4 ]; then ok "a damaged store is an error (stats exit 4)"; else bad "damaged store: stats exit $rc"; fi
# five rounds: whether the two runs meet while the store is made is a
# matter of timing (on c90f677 both failed, or one said done and the other
# deleted its store, in most rounds, not all)
lost=""
for round in 1 2 3 4 5; do
    rm -f two.db two.db-wal two.db-shm
    "$NG" load -q -j 1 -s two.db corpus/a1.txt 2>err.l1 &
    p1=$!
    "$NG" load -q -j 1 -s two.db corpus/a2.txt 2>err.l2 &
    p2=$!
    wait $p1; r1=$?
    wait $p2; r2=$?
    n=$("$NG" stats -s two.db 2>/dev/null | awk '$1 == "articles" { print $2 }')
    want=0
    [ $r1 -eq 0 ] && want=$((want + 1))
    [ $r2 -eq 0 ] && want=$((want + 1))
    if ! [ -f two.db ] || [ "${n:-0}" -ne "$want" ] || [ "$want" -lt 1 ]; then
        lost="$lost round $round: exits $r1 $r2, ${n:-no} articles in the store; $(head -c 100 err.l1) $(head -c 100 err.l2)"
    fi
done
if [ -z "$lost" ]; then
    ok "two loads creating one store at once (5 rounds): at least one loads, each that exits 0 kept its article"
else
    bad "two loads at once:$lost"
fi
# stats run one after another for the whole load (a few seconds of
# generated articles): on c90f677 any of them made the load fail with
# "database is locked", since no busy timeout was set
rm -rf busy.db busy.db-wal busy.db-shm busy err.st
python3 "$SRC/bench/gen_corpus.py" --out busy --mb 0.3 --seed 7 --dev "" >/dev/null 2>&1
"$NG" extract -q busy corpus -o busy.ttl
"$NG" load -q -j 1 -s busy.db corpus/a1.txt
"$NG" load -q -j 1 -s busy.db busy corpus 2>err.l1 &
p1=$!
nstats=0; sfail=0
while kill -0 $p1 2>/dev/null; do
    "$NG" stats -s busy.db >/dev/null 2>>err.st || sfail=$((sfail + 1))
    nstats=$((nstats + 1))
done
wait $p1
check "a load with stats running beside it succeeds ($nstats stats)" 0 "$?"
if [ "$nstats" -ge 2 ]; then ok "the stats ran during the load ($nstats)"; else bad "only $nstats stats ran during the load: make it longer"; fi
check "and every stats beside it succeeded" 0 "$sfail"
check "and holds every article" "$(stat_of -g busy.ttl articles)" "$(stat_of -s busy.db articles)"

# the settings extract checks hold for load and export too (issues 13, 16)
"$NG" export -s s.db --base '' >/dev/null 2>err.e
check "export --base '' is refused, no crash (exit 2)" 2 "$?"
"$NG" load -q -s base.db --base 'not an iri' corpus/a1.txt 2>err.e
check "load --base without a scheme is refused (exit 2)" 2 "$?"
check "and makes no store" no "$([ -e base.db ] && echo yes || echo no)"
mkdir -p nodata
"$NG" load -q -s nodata.db --data nodata corpus/a1.txt 2>err.e
check "load --data without the lexicon is an error (exit 4)" 4 "$?"
printf 'MINSK, 4 March 2024. Trade grew to \xff$5 million.\n' >repair.txt
"$NG" load -s repair.db repair.txt 2>err.r
check "load of an article with a repaired byte exits 1" 1 "$?"
if grep -q 'repair.txt' err.r; then ok "and the warning names the file"; else bad "no warning naming the file"; cat err.r; fi
check "the repaired article is in the store" 1 "$(stat_of -s repair.db articles)"

# --- 9. byte-identical copies (issues 13 and 16) ------------------------------
echo "# copies"
# same_graph NAME DIR STORE: the store holds the graph extract writes for DIR
same_graph() {
    "$NG" extract -q "$2" -o dup-x.ttl
    rapper -q -i turtle -o ntriples dup-x.ttl | sort >dup-x.nt
    "$NG" export -s "$3" -f ntriples | sort >dup-s.nt
    if cmp -s dup-x.nt dup-s.nt; then ok "$1"; else bad "$1"; diff dup-x.nt dup-s.nt | head -6 | sed 's/^/       /'; fi
}
Q_FILES='SELECT ?f WHERE { ?a a ng:Article ; ng:file ?f } ORDER BY ?f'
mkdir -p dup
cat >dup/a.txt <<'EOF'
VITEBSK, 2 June 2025 (BelTA) - Belarusian President Aleksandr Lukashenko met with Smolensk Oblast Governor Vasily Anokhin in Vitebsk on 2 June 2025. In 2024, trade between Belarus and Smolensk Oblast reached $900 million.
EOF
cp dup/a.txt dup/b.txt
cp corpus/a2.txt dup/c.txt
"$NG" load -s dup.db dup 2>err.load
check "two byte-identical files load (exit 0)" 0 "$?"
check "the copies are one article with both files" "f
---------
dup/a.txt
dup/b.txt
dup/c.txt" "$("$NG" query -s dup.db -e "$Q_FILES")"
check "two articles for three files" 2 "$(stat_of -s dup.db articles)"
same_graph "the store holds what extract writes for the copies" dup dup.db
"$NG" load -s dup.db dup 2>err.load
if grep -q "3 unchanged" err.load; then ok "loading the copies again changes nothing"; else bad "reload: $(cat err.load)"; fi
Q_DUPCLAIM='SELECT ?value WHERE { ?c ng:statedIn ?a ; ng:value ?value . ?a ng:file "dup/b.txt" }'
sed -i 's/\$900 million/$950 million/' dup/a.txt
"$NG" load -s dup.db dup 2>err.load
check "one copy changed: reload exits 0" 0 "$?"
if grep -q "1 replaced" err.load; then ok "summary: 1 replaced"; else bad "summary: $(cat err.load)"; fi
check "the unchanged copy keeps its article and claim" $'value\r\n900000000.0\r' \
    "$("$NG" query -s dup.db --format csv -e "$Q_DUPCLAIM")"
check "the changed copy has its own claim" $'value\r\n950000000.0\r' \
    "$("$NG" query -s dup.db --format csv -e "${Q_DUPCLAIM/b.txt/a.txt}")"
check "the meeting keeps both reports" 2 "$("$NG" query -s dup.db --format csv -e \
    'SELECT (COUNT(?a) AS ?n) WHERE { ?m ng:location ?l ; ng:reportedIn ?a . ?l rdfs:label "Vitebsk" }' | tail -1 | tr -d '\r')"
same_graph "after the change, the store holds what extract writes" dup dup.db
mkdir -p dupf && cp -r dup dupf/ && (cd dupf && "$NG" load -q -s f.db dup)
"$NG" export -s dupf/f.db -f ntriples | sort >dupf.nt
"$NG" export -s dup.db -f ntriples | sort >dups.nt
if cmp -s dupf.nt dups.nt; then ok "and equals a fresh load"; else bad "updated and fresh stores differ"; fi
cp dup/b.txt dup/a.txt
"$NG" load -q -s dup.db dup
check "the changed copy made identical again: two articles" 2 "$(stat_of -s dup.db articles)"
same_graph "and the store holds what extract writes" dup dup.db
check "the 950 claim is gone with its article" false "$("$NG" query -s dup.db -e 'ASK { ?c ng:value 950000000.0 }')"

# the issue's case: one copy changes and only it is reloaded. c90f677
# removed the article of the old bytes, which the unchanged copy still
# carries, so b.txt's facts left the store (a load of the whole directory
# put them back, which hid it).
mkdir -p dup1
cp dup/b.txt dup1/a.txt && cp dup/b.txt dup1/b.txt
"$NG" load -q -s dup1.db dup1
sed -i 's/\$900 million/$950 million/' dup1/a.txt
"$NG" load -q -s dup1.db dup1/a.txt
check "one copy changed and only it reloaded: the other keeps its claim" $'value\r\n900000000.0\r' \
    "$("$NG" query -s dup1.db --format csv -e "${Q_DUPCLAIM/dup\/b.txt/dup1/b.txt}")"
same_graph "and the store holds what extract writes for both" dup1 dup1.db

# --- 9b. the same text at two addresses (issue 16, item 5) ---------------------
# One article (the same bytes), with every address that carried it and one
# headline and date (the first copy's): in extract's output as in the store,
# and a reload of a changed line equals a fresh load.
echo "# the same text at two addresses"
urls_jsonl() {   # urls_jsonl SECOND_TEXT: line 1 and line 2, line 2 at another address
    printf '{"text": "%s", "url": "https://a.example/1", "title": "First", "date": "2025-06-02"}\n' "$DUPTEXT"
    printf '{"text": "%s", "url": "https://b.example/2", "title": "Second", "date": "2025-06-03"}\n' "$1"
}
DUPTEXT="$(cat dup/b.txt)"
mkdir -p urls && urls_jsonl "$DUPTEXT" >urls/u.jsonl
"$NG" load -q -s urls.db urls
Q_SRC='SELECT ?u ?t ?d WHERE { ?a a ng:Article ; dcterms:source ?u ; dcterms:title ?t ; dcterms:issued ?d } ORDER BY ?u'
WANT_SRC=$'u,t,d\r\nhttps://a.example/1,First,2025-06-02\r\nhttps://b.example/2,First,2025-06-02\r'
check "load: both addresses, the first headline and date" "$WANT_SRC" "$("$NG" query -s urls.db --format csv -e "$Q_SRC")"
"$NG" extract -q urls -o urls.ttl
check "extract: the same" "$WANT_SRC" "$("$NG" query -g urls.ttl --format csv -e "$Q_SRC")"
check "extract -f ntriples: the same" "$WANT_SRC" \
    "$("$NG" extract -q urls -f ntriples | "$NG" query -g - -i ntriples --format csv -e "$Q_SRC")"
same_graph "the store holds what extract writes for them" urls urls.db
NEWSGRAPH_LOAD_LIBRDF=1 "$NG" load -q -s urls-l.db urls
same_graph "and so does librdf's own path" urls urls-l.db
urls_jsonl "$(cat corpus/a2.txt)" >urls/u.jsonl
"$NG" load -q -s urls.db urls
"$NG" load -q -s urls-l.db urls
same_graph "line 2 changed and reloaded: the store holds what extract writes" urls urls.db
same_graph "and through librdf's own path too" urls urls-l.db
check "the address that carries other text now left the first article" \
    $'u,t,d\r\nhttps://a.example/1,First,2025-06-02\r\nhttps://b.example/2,Second,2025-06-03\r' \
    "$("$NG" query -s urls.db --format csv -e "$Q_SRC")"

# --- 9c. near-duplicates across loads (issue 13) -------------------------------
# Copies of one story in other chrome are linked by ng:sameStoryAs whichever
# load brought each: the store keeps every article's sketch, and a changed
# copy's pairs go with it. The store equals a fresh load and extract's output.
echo "# near-duplicates"
mkdir -p near/one near/two
cp "$SRC/tests/data/stories/a-original.txt" "$SRC/tests/data/stories/d-other-report.txt" near/one/
cp "$SRC/tests/data/stories/b-syndicated.txt" "$SRC/tests/data/stories/c-edited.txt" near/two/
Q_SAME='SELECT ?x ?y WHERE { ?a ng:sameStoryAs ?b . ?a ng:file ?x . ?b ng:file ?y } ORDER BY ?x ?y'
WANT_SAME="x,y
near/one/a-original.txt,near/two/b-syndicated.txt
near/one/a-original.txt,near/two/c-edited.txt
near/two/b-syndicated.txt,near/one/a-original.txt
near/two/b-syndicated.txt,near/two/c-edited.txt
near/two/c-edited.txt,near/one/a-original.txt
near/two/c-edited.txt,near/two/b-syndicated.txt"
"$NG" load -q -s near.db near/one && "$NG" load -q -j 2 -s near.db near/two
check "copies loaded apart are linked both ways, the other report to none" "$WANT_SAME" \
    "$("$NG" query -s near.db --format csv -e "$Q_SAME" | tr -d '\r')"
same_graph "the store holds what extract writes for them" near near.db
"$NG" load -q -j 1 -s near-f.db near/one near/two
"$NG" export -s near-f.db -f ntriples | sort >near-f.nt
"$NG" export -s near.db -f ntriples | sort >near-s.nt
if cmp -s near-f.nt near-s.nt; then ok "two loads equal one"; else bad "two loads and one differ"; fi
NEWSGRAPH_LOAD_LIBRDF=1 "$NG" load -q -s near-l.db near/one near/two
"$NG" export -s near-l.db -f ntriples | sort >near-l.nt
if cmp -s near-f.nt near-l.nt; then ok "librdf's own path stores the same pairs"; else bad "librdf's path differs"; fi
# the syndicated copy becomes a copy of the other report
{ cat near/one/d-other-report.txt; echo "The regional press service published photographs of the talks."; } \
    >near/two/b-syndicated.txt
"$NG" load -q -s near.db near
check "a changed copy: its old pairs go, its new story's come" "x,y
near/one/a-original.txt,near/two/c-edited.txt
near/one/d-other-report.txt,near/two/b-syndicated.txt
near/two/b-syndicated.txt,near/one/d-other-report.txt
near/two/c-edited.txt,near/one/a-original.txt" \
    "$("$NG" query -s near.db --format csv -e "$Q_SAME" | tr -d '\r')"
same_graph "and the store holds what extract writes" near near.db
mkdir -p nearf && cp -r near nearf/ && (cd nearf && "$NG" load -q -s f.db near)
"$NG" export -s nearf/f.db -f ntriples | sort >near-f.nt
"$NG" export -s near.db -f ntriples | sort >near-s.nt
if cmp -s near-f.nt near-s.nt; then ok "and equals a fresh load"; else bad "updated and fresh stores differ"; fi

# --- 10. load's rows are librdf's rows ------------------------------------------
# load writes librdf's SQLite rows itself (src/store/bulk.c); with
# NEWSGRAPH_LOAD_LIBRDF=1 librdf adds them. The same loads, both ways, must
# leave the same tables, row for row, and the same export byte for byte.
echo "# load's rows against librdf's"
mkdir -p rows
python3 "$SRC/bench/gen_corpus.py" --out rows/gen --mb 0.15 --seed 5 --dev "" >/dev/null 2>&1
cp -r corpus rows/corpus && cp dup/a.txt rows/copy.txt && cp dup/a.txt rows/copy2.txt
dump() {
    python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for t in ("uris", "blanks", "literals", "triples"):
    for row in db.execute("SELECT rowid, * FROM " + t + " ORDER BY rowid"):
        print(t, repr(row))
PY
}
# rows_load STORE VALUE: three loads into STORE, NEWSGRAPH_LOAD_LIBRDF=VALUE:
# the corpus, then one article changed and one copy changed, then the copy
# made identical again
rows_load() {
    NEWSGRAPH_LOAD_LIBRDF=$2 "$NG" load -q -j 2 -s "$1" rows
    sed -i 's/\$300 million/$330 million/' rows/corpus/a1.txt
    printf 'Also present was Mikhail Vedernikov.\n' >>rows/copy.txt
    NEWSGRAPH_LOAD_LIBRDF=$2 "$NG" load -q -j 2 -s "$1" rows
    cp dup/a.txt rows/copy.txt
    NEWSGRAPH_LOAD_LIBRDF=$2 "$NG" load -q -j 2 -s "$1" rows
    cp corpus/a1.txt rows/corpus/a1.txt
}
rows_load rows-bulk.db 0
rows_load rows-librdf.db 1
for v in 0 1; do
    NEWSGRAPH_LOAD_LIBRDF=$v "$NG" load -v -j 1 -s rows-path.db corpus/a1.txt 2>err.rows >/dev/null
    grep -o 'rows written [a-z]*' err.rows >>rows-path.txt
done
check "each path was taken" "rows written through
rows written by" "$(cat rows-path.txt)"
n=$(stat_of -s rows-bulk.db triples)
if [ "${n:-0}" -gt 5000 ]; then ok "a store of $n triples, loaded, changed, reloaded"; else bad "only ${n:-no} triples"; fi
dump rows-bulk.db >rows-bulk.txt
dump rows-librdf.db >rows-librdf.txt
if [ -s rows-bulk.txt ] && cmp -s rows-bulk.txt rows-librdf.txt; then
    ok "the tables equal librdf's own, row for row ($(wc -l <rows-bulk.txt) rows)"
else
    bad "the tables differ from librdf's"; diff rows-bulk.txt rows-librdf.txt | head -6 | sed 's/^/       /'
fi
"$NG" export -s rows-bulk.db -f ntriples >rows-bulk.nt
"$NG" export -s rows-librdf.db -f ntriples >rows-librdf.nt
if [ -s rows-bulk.nt ] && cmp -s rows-bulk.nt rows-librdf.nt; then ok "export is byte-identical"; else bad "exports differ"; fi

# --- 11. the copy in memory: from librdf's tables as through librdf ----------
# query, export and report copy a store into memory by reading librdf's
# tables (src/store/memcopy.c); NEWSGRAPH_COPY_LIBRDF=1 copies through
# librdf's stream. Both must give the same statements in the same order:
# RDF/XML is written in the order of the model's stream.
echo "# the copy in memory"
# same_copy NAME STORE: export -f rdfxml and a query, both ways, byte for byte
same_copy() {
    "$NG" export -s "$2" -f rdfxml >copy-t.rdf 2>err.copy
    NEWSGRAPH_COPY_LIBRDF=1 "$NG" export -s "$2" -f rdfxml >copy-l.rdf 2>>err.copy
    "$NG" query -s "$2" --format json -e 'SELECT ?s ?p ?o WHERE { ?s ?p ?o }' >copy-t.json 2>>err.copy
    NEWSGRAPH_COPY_LIBRDF=1 "$NG" query -s "$2" --format json -e 'SELECT ?s ?p ?o WHERE { ?s ?p ?o }' \
        >copy-l.json 2>>err.copy
    if [ -s copy-t.rdf ] && cmp -s copy-t.rdf copy-l.rdf && cmp -s copy-t.json copy-l.json && [ ! -s err.copy ]; then
        ok "$1"
    else
        bad "$1"; diff copy-t.rdf copy-l.rdf | head -6 | sed 's/^/       /'; head -3 err.copy | sed 's/^/       /'
    fi
}
same_copy "a reloaded store (rows of replaced facts left in its tables)" rows-bulk.db
# terms newsgraph does not write: blank nodes, languages, a datatype
cp rows-bulk.db copy-terms.db
python3 - copy-terms.db <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
u = lambda iri: db.execute("INSERT INTO uris (uri) VALUES (?)", (iri,)).lastrowid
b = lambda label: db.execute("INSERT INTO blanks (blank) VALUES (?)", (label,)).lastrowid
lit = lambda text, lang, dt: db.execute("INSERT INTO literals (text, language, datatype) VALUES (?, ?, ?)",
                                        (text, lang, dt)).lastrowid
s, p, dt = u("urn:copy:s"), u("urn:copy:p"), u("http://www.w3.org/2001/XMLSchema#integer")
b1, b2 = b("copy1"), b("copy2")
for row in [(s, None, p, None, b1, None), (None, b1, p, None, b2, None), (None, b2, p, None, None, lit("Minsk", "en", None)),
            (None, b2, p, None, None, lit("Minsk", "ru", None)), (s, None, p, None, None, lit("7", None, dt)),
            (s, None, p, None, None, lit("7", None, None)), (s, None, p, None, None, lit("7", None, 999999))]:
    db.execute("INSERT INTO triples (subjectUri, subjectBlank, predicateUri, objectUri, objectBlank, objectLiteral)"
               " VALUES (?, ?, ?, ?, ?, ?)", row)
db.commit()
PY
check "the store holds the 7 rows more (one a duplicate: a datatype row that is missing)" \
    "$(($(triples rows-bulk.db) + 6))" "$("$NG" query -s copy-terms.db --format csv -e 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' | tail -1 | tr -d '\r')"
same_copy "blank nodes, languages and datatypes" copy-terms.db
# a triple naming a node the tables lack: left to librdf
cp rows-bulk.db copy-gap.db
python3 -c 'import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute("INSERT INTO triples (subjectUri, predicateUri, objectUri) VALUES (1, 2, 987654321)"); db.commit()' copy-gap.db
same_copy "a triple naming a missing node: librdf's copy" copy-gap.db

"$NG" load -q -s virtuoso:no-such-dsn corpus/a1.txt 2>err.v
rc=$?
if [ $rc -ne 0 ] && [ ! -e virtuoso:no-such-dsn ]; then
    ok "load into an unreachable Virtuoso store fails (exit $rc) and makes no local file"
else
    bad "load -s virtuoso:no-such-dsn: exit $rc, local file: $([ -e virtuoso:no-such-dsn ] && echo yes || echo no)"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
