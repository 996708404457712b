#!/usr/bin/env bash
# report_test.sh: `newsgraph report` in a real browser and on its own.
#
#   tests/report_test.sh NEWSGRAPH SOURCE_DIR SCRATCH_DIR
#
# Extracts the dev corpus (../shared/corpus/dev beside the checkout; else
# examples/corpus), loads it into a store too, and checks that:
#  1. the report of the graph file and of the store are the same page, and
#     the same graph gives the same bytes twice;
#  2. tidy -errors -q finds no error (its only warnings: SVG's <a href>,
#     which tidy 5.6 does not know);
#  3. headless Chromium renders it: the DOM it dumps has as many timeline
#     marks, event rows, source links, pairs, claims, forums, offices and
#     articles as SPARQL counts in the graph (through `newsgraph query`);
#     every link inside the page has its target; nothing is loaded from
#     elsewhere; opened as report.html?q=NAME, its script shows only the
#     table rows with NAME. The screenshot is kept as output/report-test.png;
#  4. --person, --region and --from/--to narrow the page; an unknown person
#     is exit 2;
#  5. text from the graph is escaped (a label with markup in it); graph
#     files are read as `query` reads them: gzipped, on standard input
#     with -i, an unknown extension refused unless -i names the syntax;
#  6. a missing graph file or a file that is not a store is exit 4 and
#     leaves no output; bad options are exit 2.
# Skipped (77) without chromium or tidy (make deps installs them).
set -u
. "$(dirname "$0")/lib.sh"
ng_test_args report_test "$@"
for tool in chromium tidy python3; do
  command -v "$tool" >/dev/null || { echo "SKIP  $tool is not installed (make deps)"; exit 77; }
done
corpus="$SRC/../shared/corpus/dev"
[ -d "$corpus" ] || corpus="$SRC/examples/corpus"
export NEWSGRAPH_DATA="$SRC/ontology"
cd "$W" || exit 2
"$BIN" extract -q "$corpus" -o graph.ttl || { fail "extract $corpus"; ng_test_end report; exit; }
"$BIN" load -q -s store.db "$corpus" 2>/dev/null

# 1. graph file and store, twice
"$BIN" report -g graph.ttl -o report.html 2>err.txt && pass "report -g" || fail "report -g" "$(cat err.txt)"
"$BIN" report -g graph.ttl -o again.html
cmp -s report.html again.html && pass "the same graph gives the same bytes" || fail "the same graph gives the same bytes"
"$BIN" report -s store.db -o store.html 2>err.txt && pass "report -s" || fail "report -s" "$(cat err.txt)"
if diff <(grep -v '^<p>Made by' report.html) <(grep -v '^<p>Made by' store.html) >diff.txt; then
  pass "the store and the graph file give the same page"
else
  fail "the store and the graph file give the same page" "$(head diff.txt)"
fi
"$BIN" report -g graph.ttl >stdout.html && cmp -s stdout.html report.html && pass "standard output by default" \
  || fail "standard output by default"

# 2. tidy
tidy -errors -q report.html >tidy.txt 2>&1
rc=$?
other=$(grep -v 'Warning: <a> proprietary attribute "href"' tidy.txt)
if [ $rc -lt 2 ] && [ -z "$other" ]; then pass "tidy -errors -q: no error"; else fail "tidy -errors -q: no error" "$other"; fi

# 3. the browser
# SPARQL CSV ends its lines with CRLF
csv() { "$BIN" query -g "${2:-graph.ttl}" --format csv -e "$1" | tr -d '\r'; }
count() { csv "$1" | tail -n +2 | head -1; }
rows() { csv "$1" | tail -n +2 | grep -c .; }
EV='?e a ?t . FILTER(?t = ng:Meeting || ?t = ng:Forum)'
cat >expected.json <<JSON
{"person_marks": $(( $(count "SELECT (COUNT(*) AS ?n) WHERE { $EV ?e ng:date ?d ; ng:participant ?p . ?p a ng:Person }") \
                    + $(count 'SELECT (COUNT(*) AS ?n) WHERE { ?e a ng:Forum ; ng:date ?d }') )),
 "events": $(count "SELECT (COUNT(*) AS ?n) WHERE { $EV }"),
 "event_sources": $(count "SELECT (COUNT(*) AS ?n) WHERE { $EV ?e ng:reportedIn ?a . ?a a ng:Article }"),
 "pairs": $(rows 'SELECT DISTINCT ?a ?b WHERE { ?m a ng:Meeting ; ng:participant ?a, ?b . ?a a ng:Person . ?b a ng:Person . FILTER(STR(?a) < STR(?b)) }'),
 "claims": $(count 'SELECT (COUNT(*) AS ?n) WHERE { ?c a ng:EconomicClaim }'),
 "min_points": $(count 'SELECT (COUNT(*) AS ?n) WHERE { ?c a ng:EconomicClaim ; ng:value ?v ; ng:periodEnd ?d }'),
 "forums": $(count 'SELECT (COUNT(*) AS ?n) WHERE { ?e a ng:Forum }'),
 "offices": $(count 'SELECT (COUNT(*) AS ?n) WHERE { ?p a ng:Position }'),
 "articles": $(count 'SELECT (COUNT(*) AS ?n) WHERE { ?a a ng:Article }')}
JSON
profile=$(mktemp -d)
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
        --disable-component-update --disable-sync --user-data-dir="$profile")
timeout 120 "${chrome[@]}" --dump-dom "file://$W/report.html" >dom.html 2>chrome.log
# the filter, as the address asks for it (the person filtered for below)
person=$(csv 'SELECT ?l WHERE { ?m a ng:Meeting ; ng:participant ?p . ?p rdfs:label ?l } ORDER BY ?l' | sed -n 2p)
timeout 120 "${chrome[@]}" --dump-dom "file://$W/report.html?q=${person// /+}" >dom-q.html 2>>chrome.log
timeout 120 "${chrome[@]}" --window-size=1100,1600 --screenshot="$W/report.png" "file://$W/report.html" >>chrome.log 2>&1
rm -rf "$profile"
if [ -s dom.html ] && grep -q '<svg class="timeline"' dom.html; then
  pass "chromium renders the page (dumped DOM)"
  python3 "$SRC/tests/data/report/dom_check.py" dom.html expected.json >dom.txt
  while IFS= read -r line; do
    case $line in ok*) pass "DOM: ${line#ok - }" ;; *) fail "DOM: ${line#not ok - }" ;; esac
  done <dom.txt
  line=$(python3 "$SRC/tests/data/report/dom_check.py" --filter "$person" dom-q.html)
  case $line in ok*) pass "script: ${line#ok - }" ;; *) fail "script: ${line#not ok - }" ;; esac
else
  fail "chromium renders the page (dumped DOM)" "$(tail -5 chrome.log)"
fi
if [ -s report.png ]; then
  mkdir -p "$SRC/output" && cp report.png "$SRC/output/report-test.png"
  pass "screenshot kept as output/report-test.png"
else
  fail "chromium takes a screenshot" "$(tail -5 chrome.log)"
fi

# 4. filters
"$BIN" report -g graph.ttl --person "$person" -o person.html
bad=$(sed -n '/<table class="filterable" id="events">/,/<\/table>/p' person.html | grep '^<tr id=' | grep -vF "$person" | head -2)
n=$(sed -n '/<table class="filterable" id="events">/,/<\/table>/p' person.html | grep -c '^<tr id=')
[ "$n" -gt 0 ] && [ -z "$bad" ] && pass "--person '$person': $n events, each with them" \
  || fail "--person '$person': every event has them" "$n rows" "$bad"
year=$(csv 'SELECT ?d WHERE { ?m a ng:Meeting ; ng:date ?d } ORDER BY ?d' | sed -n 2p | cut -c1-4)
"$BIN" report -g graph.ttl --from "$year" --to "$year" -o year.html
dates=$(sed -n '/<table class="filterable" id="events">/,/<\/table>/p' year.html | grep '^<tr id=' | sed 's/^<tr id="e-[0-9]*"><td[^>]*>\(....\).*/\1/' | sort -u | tr '\n' ' ')
check "--from $year --to $year: only events of $year" "$year " "$dates"
region=$(csv 'SELECT ?l WHERE { ?c ng:party ?r . ?r a ng:Region ; rdfs:label ?l } ORDER BY ?l' | sed -n 2p)
"$BIN" report -g graph.ttl --region "$region" -o region.html
groups=$(grep -o '<h3 id="r-[0-9]*">[^<]*' region.html | sed 's/.*>//' | grep -vF "$region" | head -3)
grep -q '<h3 id="r-0">' region.html && [ -z "$groups" ] && pass "--region '$region': only its claims" \
  || fail "--region '$region': only its claims" "$groups"
"$BIN" report -g graph.ttl --person "Nobody Atall" -o nobody.html 2>err.txt
check "an unknown person: exit 2" "2 no" "$? $([ -e nobody.html ] && echo yes || echo no)"

# 5. escaping
cat >hostile.ttl <<'TTL'
@prefix ng: <https://w3id.org/newsgraph/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<urn:p1> a ng:Person ; rdfs:label "<script>alert(1)</script> & \"Bob\" 'O'" .
<urn:p2> a ng:Person ; rdfs:label "Ann" .
<urn:a1> a ng:Article ; ng:file "x<b>.txt" ; <http://purl.org/dc/terms/title> "</td></tr></table><h1>t" ;
  <http://purl.org/dc/terms/source> "https://example.org/a b\"><img src=x>?q=1&r='2'" .
<urn:a2> a ng:Article ; ng:file "y.txt" ; <http://purl.org/dc/terms/title> "Y" ;
  <http://purl.org/dc/terms/source> "javascript:alert(1)" .
<urn:m1> a ng:Meeting ; ng:date "2024-05-01"^^xsd:date ; ng:participant <urn:p1>, <urn:p2> ;
  ng:reportedIn <urn:a1>, <urn:a2> .
TTL
"$BIN" report -g hostile.ttl -o hostile.html 2>err.txt
if ! grep -q -e '<script>alert' -e '<b>' -e '<h1>t' -e '<img' -e 'href="javascript' hostile.html \
   && grep -qF '<a href="https://example.org/a%20b%22%3E%3Cimg%20src=x%3E?q=1&amp;r=%272%27">' hostile.html \
   && grep -q '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Bob&quot; &#39;O&#39;' hostile.html \
   && [ "$(tidy -errors -q hostile.html 2>&1 | grep -vc 'proprietary attribute "href"')" -eq 0 ]; then
  pass "text from the graph is escaped"
else
  fail "text from the graph is escaped" "$(cat err.txt)" "$(grep -n 'script\|<b>\|img' hostile.html | head -3)"
fi

# 5b. graph files are read as query reads them (issue 13: '-', -i, gzip)
page() { grep -v '^<p>Made by' "$1"; }
gzip -c graph.ttl >graph.ttl.gz
"$BIN" report -g graph.ttl.gz -o gz.html 2>err.txt
check "a gzipped graph: the same page" "$(page report.html)" "$(page gz.html)"
"$BIN" extract -q "$corpus" -f ntriples | "$BIN" report -g - -i ntriples -o stdin.html 2>err.txt
check "a graph on standard input (-g - -i ntriples): the same page" "$(page report.html)" "$(page stdin.html)"
cp graph.ttl graph.data
"$BIN" report -g graph.data -o data.html 2>err.txt
check "an unknown extension: exit 4, no output, -i named" "4 no yes" \
  "$? $([ -e data.html ] && echo yes || echo no) $(grep -q -- '-i FORMAT' err.txt && echo yes || echo no)"
"$BIN" report -g graph.data -i turtle -o data.html 2>err.txt
check "and with -i turtle: the same page" "$(page report.html)" "$(page data.html)"
"$BIN" stats -g graph.data -i turtle >stats-i.txt 2>err.txt
check "stats -i turtle reads it too" "$("$BIN" stats -g graph.ttl)" "$(cat stats-i.txt)"

# 6. failures
"$BIN" report -g missing.ttl -o out1.html 2>err.txt
check "a missing graph file: exit 4, no output" "4 no" "$? $([ -e out1.html ] && echo yes || echo no)"
grep -q "missing.ttl" err.txt && pass "the error names the file" || fail "the error names the file" "$(cat err.txt)"
"$BIN" report -s graph.ttl -o out2.html 2>err.txt
check "a file that is not a store: exit 4, no output" "4 no" "$? $([ -e out2.html ] && echo yes || echo no)"
"$BIN" report -o out3.html 2>/dev/null
check "neither -s nor -g: exit 2" "2" "$?"
"$BIN" report -g graph.ttl --from 2025 --to 2020 2>/dev/null >/dev/null
check "--from after --to: exit 2" "2" "$?"
"$BIN" report -g graph.ttl --from soon 2>/dev/null >/dev/null
check "--from that is not a year: exit 2" "2" "$?"

ng_test_end report
