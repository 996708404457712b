#!/usr/bin/env bash
# formats_test.sh BIN SOURCE_DIR SCRATCH_DIR [MB] - one graph whatever the format.
#
# On a generated corpus of MB megabytes (default 1) with byte-identical
# copies, copies in other chrome and disagreeing reports (tests/dup_corpus.sh),
# the Turtle, N-Triples (-j 1 and -j 2) and N-Quads outputs must be the same
# RDF graph: each is read by rapper, written as N-Triples and sorted, and the
# sets compared. The output has no blank nodes, so no relabelling is needed.
# Streaming output forgets what it wrote every NEWSGRAPH_STREAM_MEMORY
# entries (small here, as a large corpus does at the default), which is
# where the formats used to part. Then the graph must keep one rdfs:label,
# ng:date and ng:location per node, one article for the copies with every
# file, one ng:Story for the copies in other chrome, and the disagreeing
# report on its ng:DivergentReport. Run with MB=50 as the slow test.
set -u

. "$(dirname "$0")/lib.sh"
MB=${4:-1}
ng_test_args formats_test "${@:1:3}"
export NEWSGRAPH_DATA="$SRC/ontology"
export LC_ALL=C
command -v rapper >/dev/null || { echo "SKIP  rapper is not installed (make deps)"; exit 77; }

C="$S/corpus-$MB"
bash "$SRC/tests/dup_corpus.sh" "$SRC" "$C" "$MB" || { echo "FAIL  making the corpus"; exit 1; }
# the default bound on a large corpus; a small one on a small corpus
if [ "$MB" -lt 20 ]; then export NEWSGRAPH_STREAM_MEMORY=3000; fi

run() { # NAME FORMAT ARGS...: extract into $W/NAME.out, summary in $W/NAME.err
  local name=$1 fmt=$2
  shift 2
  if ! "$BIN" extract -f "$fmt" "$@" -o "$W/$name.out" "$C" 2>"$W/$name.err"; then
    fail "extract -f $fmt $*" "$(tail -n 3 "$W/$name.err")"
    return 1
  fi
}
canon() { # NAME SYNTAX: the sorted N-Triples of a graph file
  rapper -q -i "$2" -o ntriples "$W/$1.out" | sort -u >"$W/$1.nt"
}
summary() { sed -n 's/.*skipped); \(.*places\);.*/\1/p' "$W/$1.err"; }

run turtle turtle -j 2 && canon turtle turtle
run nt1 ntriples -j 1 && canon nt1 ntriples
run nt2 ntriples -j 2
run nq nquads -j 2 && canon nq nquads

if cmp -s "$W/nt1.out" "$W/nt2.out"; then pass "N-Triples: -j 1 and -j 2 write the same bytes"
else fail "N-Triples: -j 1 and -j 2 differ"; fi
n=$(wc -l <"$W/turtle.nt")
if [ "$n" -gt 1000 ]; then pass "Turtle holds $n triples"; else fail "Turtle holds only $n triples"; fi
for f in nt1 nq; do
  if cmp -s "$W/turtle.nt" "$W/$f.nt"; then pass "$f is the graph Turtle holds ($n triples)"
  else fail "$f is another graph than Turtle's" "$(diff "$W/turtle.nt" "$W/$f.nt" | head -n 8)"; fi
done
if grep -q '^_:\| _:' "$W/turtle.nt"; then fail "the graph has blank nodes: comparing sorted lines is not enough"
else pass "no blank nodes"; fi
check "people and places counted alike in Turtle and N-Triples" "$(summary turtle)" "$(summary nt1)"

# At most one value a node for the properties the shapes make functional.
NG='https://w3id.org/newsgraph/ns#'
many=$(awk -v ng="$NG" '$2 == "<" ng "date>" || $2 == "<" ng "location>" ||
                        $2 == "<http://www.w3.org/2000/01/rdf-schema#label>" || $2 == "<" ng "story>" {
         k = $1 " " $2; if (++n[k] == 2) print k }' "$W/turtle.nt" | head -n 5)
if [ -z "$many" ]; then pass "one rdfs:label, ng:date, ng:location, ng:story a node"
else fail "nodes with two values of a functional property" "$many"; fi

# The fixtures: copies, syndicated copies, disagreeing reports.
art=$(grep -F "<${NG}file> \"$C/conflict/a-forum-vitebsk.txt\"" "$W/turtle.nt" | cut -d' ' -f1)
files=$(grep -cF "$art <${NG}file> " "$W/turtle.nt")
check "a byte-identical copy is the same article, with both files" 2 "$files"
story=$(grep -F "$art <${NG}story> " "$W/turtle.nt" | cut -d' ' -f3)
synd=$(grep -F "<${NG}file> \"$C/syndicated/syndicated-1.txt\"" "$W/turtle.nt" | cut -d' ' -f1)
if [ -n "$synd" ] && [ "$synd" != "$art" ] && grep -qF "$synd <${NG}story> $story ." "$W/turtle.nt"; then
  pass "the copy in other chrome is another article of the same ng:Story"
else fail "the copy in other chrome is not linked to the same story ($art $synd $story)"; fi
wrapped=$(grep -F "<${NG}file> \"$C/syndicated/wrapped.txt\"" "$W/turtle.nt" | cut -d' ' -f1)
if [ -n "$wrapped" ] && grep -qF "$wrapped <${NG}story> $story ." "$W/turtle.nt"; then
  pass "the copy wrapped at other columns is of the same ng:Story"
else fail "the wrapped copy is not linked to the same story ($wrapped $story)"; fi
stories=$(grep -c "<${NG}story> " "$W/turtle.nt"); articles=$(grep -c "> <${NG}sha256> " "$W/turtle.nt")
nstories=$(grep "<${NG}story> " "$W/turtle.nt" | cut -d' ' -f3 | sort -u | wc -l)
if [ "$stories" -eq "$articles" ] && [ "$nstories" -lt "$articles" ]; then
  pass "every article has a story; $articles articles tell $nstories stories"
else fail "stories: $stories links, $nstories stories, $articles articles"; fi
# Near-duplicates: the copy with a stamp and a line of its own is another
# story by ng:story, and linked both ways to the original by ng:sameStoryAs;
# every link has its converse, none links an article to itself, and the
# generated articles, different stories, are linked to none.
near=$(grep -F "<${NG}file> \"$C/near/near-1.txt\"" "$W/turtle.nt" | cut -d' ' -f1)
if [ -n "$near" ] && ! grep -qF "$near <${NG}story> $story ." "$W/turtle.nt" &&
   grep -qF "$near <${NG}sameStoryAs> $art ." "$W/turtle.nt" && grep -qF "$art <${NG}sameStoryAs> $near ." "$W/turtle.nt"; then
  pass "the copy with other body lines is another ng:story, and ng:sameStoryAs the original both ways"
else fail "the near copy is not linked to the original ($near $art)"; fi
same=$(grep -F " <${NG}sameStoryAs> " "$W/turtle.nt" | cut -d' ' -f1,3)
if [ -n "$same" ] && [ "$(printf '%s\n' "$same" | sort)" = "$(printf '%s\n' "$same" | awk '{print $2, $1}' | sort)" ] &&
   ! printf '%s\n' "$same" | awk '$1 == $2' | grep -q .; then
  pass "ng:sameStoryAs: every link has its converse, none is reflexive"
else fail "ng:sameStoryAs is not symmetric or links an article to itself"; fi
# each original with its copy in other chrome and its near copy: three
# articles, three pairs; the fixture also has its wrapped copy: six pairs
groups=$(find "$C/copies" -name '*.txt' | wc -l)
check "ng:sameStoryAs links the copies of each story and nothing else" $(( (groups - 1) * 6 + 12 )) \
  "$(printf '%s\n' "$same" | grep -c .)"
forum="<https://w3id.org/newsgraph/id/forum/forum-of-regions-31>"
check "the forum keeps the first report's date" \
  "$forum <${NG}date> \"2034-05-10\"^^<http://www.w3.org/2001/XMLSchema#date> ." \
  "$(grep -F "$forum <${NG}date> " "$W/turtle.nt")"
mog=$(grep -F "<${NG}file> \"$C/conflict/b-forum-mogilev.txt\"" "$W/turtle.nt" | cut -d' ' -f1)
rep=$(grep -F "<${NG}reportOf> $forum ." "$W/turtle.nt" | cut -d' ' -f1 | while read -r r; do
        grep -qF "$r <${NG}inArticle> $mog ." "$W/turtle.nt" && echo "$r"; done)
if [ "$(printf '%s\n' "$rep" | wc -l)" -eq 1 ] && [ -n "$rep" ] && grep -qF "$rep <${NG}reportedDate> \"2034-05-11\"" "$W/turtle.nt" &&
   grep -qF "$rep <${NG}reportedLocation> <https://w3id.org/newsgraph/id/place/mogilev> ." "$W/turtle.nt"; then
  pass "the other report's date and place are on its ng:DivergentReport"
else fail "no divergent report with the second date and place for $forum"; fi
# the graphs of a large corpus take gigabytes: kept only when a check failed
if [ "$failed" -eq 0 ]; then rm -f "$W"/*.out "$W"/*.nt; fi
ng_test_end
