#!/usr/bin/env bash
# shacl_graphs_test.sh BIN SOURCE_DIR SCRATCH_DIR - newsgraph's own output against ontology/shapes.ttl.
#
# Extracts examples/corpus (Turtle), the e2e fixtures with their JSON Lines
# and extra gazetteer (N-Triples, the streamed writer), a generated corpus
# with copies of articles and disagreeing reports (N-Triples), and, when
# SOURCE_DIR/../shared/corpus/dev exists, the dev corpus (Turtle), then runs
# tests/shacl_test.sh on them: it checks the ontology and the shapes, the
# valid and broken fixtures of tests/data/shacl/, and that each graph
# conforms. Its output and exit status are this test's.
# Skipped (77) when node or tests/js/node_modules is missing (make deps).
set -u

. "$(dirname "$0")/lib.sh"
ng_test_args shacl_graphs_test "$@"
export NEWSGRAPH_DATA="$SRC/ontology"
export LC_ALL=C.UTF-8

if ! command -v node >/dev/null 2>&1; then
  echo "SKIP  node is not installed (make deps)"
  exit 77
fi
for m in rdf-validate-shacl n3 @rdfjs/dataset; do
  if [ ! -f "$SRC/tests/js/node_modules/$m/package.json" ]; then
    echo "SKIP  tests/js/node_modules/$m is missing (make deps: npm ci in tests/js)"
    exit 77
  fi
done

graphs=()
# extract NAME FORMAT ARGS...: a graph into $S, added to the list.
extract() {
  local name="$1" fmt="$2" out
  shift 2
  out="$S/$name.$([ "$fmt" = ntriples ] && echo nt || echo ttl)"
  rm -f "$out"
  "$BIN" extract -q -f "$fmt" "$@" -o "$out" 2>"$S/$name.err"
  local rc=$?
  if [ "$rc" -ne 0 ] || [ ! -s "$out" ]; then
    echo "FAIL - extract $name: exit $rc"
    sed 's/^/       /' "$S/$name.err" | head -5
    echo "0 passed, 1 failed"
    exit 1
  fi
  graphs+=("$out")
}

D="$SRC/tests/data/e2e"
extract examples turtle "$SRC/examples/corpus"
extract e2e-fixtures ntriples --gazetteer "$D/gazetteer-extra.ttl" "$D/corpus" "$D/articles.jsonl" "$D/gazetteer-article.txt"
# a generated corpus with byte-identical copies, copies in other chrome and
# reports that disagree on a date and a place (tests/dup_corpus.sh), streamed
# with a small memory bound so that it forgets as a large corpus does
bash "$SRC/tests/dup_corpus.sh" "$SRC" "$S/dup-corpus" 0.3 || { echo "FAIL - making the corpus"; exit 1; }
export NEWSGRAPH_STREAM_MEMORY=2000
extract dup-corpus ntriples "$S/dup-corpus"
unset NEWSGRAPH_STREAM_MEMORY
# the same text at two addresses with two headlines and dates: one article,
# both dcterms:source, one dcterms:title and dcterms:issued (issue 16, item 5)
T='Aleksandr Lukashenko met with Pskov Oblast Governor Mikhail Vedernikov in Minsk on 3 March 2025.'
printf '{"text": "%s", "url": "https://a.example/%s", "title": "%s", "date": "2025-03-0%s"}\n' \
  "$T" 1 One 3 "$T" 2 Two 4 "$T" 3 "" 5 >"$S/copies.jsonl"
extract copies-turtle turtle "$S/copies.jsonl"
extract copies-ntriples ntriples "$S/copies.jsonl"
if [ -d "$SRC/../shared/corpus/dev" ]; then
  extract dev turtle "$SRC/../shared/corpus/dev"
else
  echo "skip - ../shared/corpus/dev is missing: the dev graph is not validated"
fi

exec bash "$SRC/tests/shacl_test.sh" "${graphs[@]}"
