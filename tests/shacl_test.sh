#!/usr/bin/env bash
# shacl_test.sh: checks the ontology and the SHACL shapes, and validates graphs.
#
#   tests/shacl_test.sh [GRAPH.ttl|GRAPH.nt ...]
#
# 1. ontology/shapes.ttl and ontology/newsgraph.ttl parse (the ontology is
#    validated against the shapes, and must conform);
# 2. the ontology defines every term of the vocabulary contract v1 (and the
#    project's additions) with type, label and comment, and every property
#    with domain and range;
# 3. tests/data/shacl/valid.ttl conforms (also after a raptor2 round trip to
#    N-Triples and Turtle, when rapper is installed);
# 4. every tests/data/shacl/broken-*.ttl is rejected (exit 1), and only for
#    the property named on its "# expect: PATH" line;
# 5. each GRAPH given on the command line conforms.
#
# Needs node and tests/js/node_modules (made by `make deps`, i.e. npm ci in
# tests/js). Exit status 0 when every check passes.

set -u

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JS="$ROOT/tests/js"
VALIDATE="$JS/shacl-validate.mjs"
SHAPES="$ROOT/ontology/shapes.ttl"
ONTOLOGY="$ROOT/ontology/newsgraph.ttl"
DATA="$ROOT/tests/data/shacl"

pass=0
fail=0
ok()  { pass=$((pass + 1)); echo "ok   - $*"; }
bad() { fail=$((fail + 1)); echo "FAIL - $*"; }

if ! command -v node >/dev/null 2>&1; then
    echo "FAIL - node is not installed: run make deps" >&2
    exit 2
fi
for m in rdf-validate-shacl n3 @rdfjs/dataset; do
    if [ ! -f "$JS/node_modules/$m/package.json" ]; then
        echo "FAIL - $JS/node_modules/$m is missing: run make deps (npm ci in tests/js)" >&2
        exit 2
    fi
done

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# validate SHAPES FILE... : runs the validator, output in $TMP/out, returns its status
validate() {
    node "$VALIDATE" "$@" >"$TMP/out" 2>&1
}
show() { sed 's/^/       /' "$TMP/out"; }

# --- 1. the shapes and the ontology parse -----------------------------------
echo "# shapes and ontology parse"
if validate "$SHAPES" "$ONTOLOGY"; then
    ok "ontology/shapes.ttl and ontology/newsgraph.ttl parse, and the ontology conforms"
else
    bad "ontology/shapes.ttl or ontology/newsgraph.ttl (validator exit $?)"; show
fi

# --- 2. the ontology defines every contract term -----------------------------
echo "# ontology defines the vocabulary"
CLASSES="Article Person Place Country Region City Position Event Meeting Forum Claim
EconomicClaim Evidence PositionType EventMode Indicator ClaimStatus Qualifier DivergentReport Story"
OBJPROPS="mentions holds positionType jurisdiction attestedIn participant location mode
reportedIn statedIn speaker indicator party status qualifier partOf knownPosition capital
evidence inArticle dateline reportOf reportedLocation story sameStoryAs"
DATAPROPS="file sha256 edition date value unit periodStart periodEnd changePercent quote
start end demonym periodLabel reportedDate"
INDIVIDUALS="President Governor PrimeMinister Ambassador Minister Mayor Chairman Deputy
OtherPosition InPerson Remote Trade Exports Imports Contracts Investment OtherIndicator
Actual Projected Exact MoreThan LessThan About"
ADDITIONS="knownPosition demonym capital Evidence evidence inArticle dateline periodLabel
DivergentReport reportOf reportedDate reportedLocation Story story sameStoryAs"
# nodes "A B C" -> "ng:A , ng:B , ng:C" (a Turtle object list)
nodes() { local sep="" t; for t in $1; do printf '%sng:%s' "$sep" "$t"; sep=" , "; done; }

cat >"$TMP/ontology-shapes.ttl" <<EOF
@prefix ng:   <https://w3id.org/newsgraph/ns#> .
@prefix sh:   <http://www.w3.org/ns/shacl#> .
@prefix rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix t:    <urn:newsgraph:test:> .

t:Term a sh:NodeShape ;
    sh:targetNode $(nodes "$CLASSES $OBJPROPS $DATAPROPS $INDIVIDUALS") ;
    sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:message "term has no rdfs:label" ] ,
                [ sh:path rdfs:comment ; sh:minCount 1 ; sh:message "term has no rdfs:comment" ] .
t:Class a sh:NodeShape ;
    sh:targetNode $(nodes "$CLASSES") ;
    sh:property [ sh:path rdf:type ; sh:hasValue owl:Class ; sh:message "not declared owl:Class" ] .
t:ObjectProperty a sh:NodeShape ;
    sh:targetNode $(nodes "$OBJPROPS") ;
    sh:property [ sh:path rdf:type ; sh:hasValue owl:ObjectProperty ; sh:message "not declared owl:ObjectProperty" ] .
t:DatatypeProperty a sh:NodeShape ;
    sh:targetNode $(nodes "$DATAPROPS") ;
    sh:property [ sh:path rdf:type ; sh:hasValue owl:DatatypeProperty ; sh:message "not declared owl:DatatypeProperty" ] .
t:Property a sh:NodeShape ;
    sh:targetNode $(nodes "$OBJPROPS $DATAPROPS") ;
    sh:property [ sh:path rdfs:domain ; sh:minCount 1 ; sh:message "property has no rdfs:domain" ] ,
                [ sh:path rdfs:range ; sh:minCount 1 ; sh:message "property has no rdfs:range" ] .
t:Individual a sh:NodeShape ;
    sh:targetNode $(nodes "$INDIVIDUALS") ;
    sh:property [ sh:path rdf:type ; sh:hasValue owl:NamedIndividual ; sh:message "not declared owl:NamedIndividual" ] .
t:Addition a sh:NodeShape ;
    sh:targetNode $(nodes "$ADDITIONS") ;
    sh:property [ sh:path rdfs:comment ; sh:pattern "newsgraph addition, not in contract v1" ;
                  sh:message "addition's comment does not say 'newsgraph addition, not in contract v1'" ] .
t:Header a sh:NodeShape ;
    sh:targetNode <https://w3id.org/newsgraph/ns> ;
    sh:property [ sh:path rdf:type ; sh:hasValue owl:Ontology ] ,
                [ sh:path owl:versionInfo ; sh:hasValue "1.0" ] ,
                [ sh:path <http://purl.org/dc/terms/title> ; sh:minCount 1 ] ,
                [ sh:path rdfs:comment ; sh:minCount 1 ] .
EOF
nterms=$(echo $CLASSES $OBJPROPS $DATAPROPS $INDIVIDUALS | wc -w)
if validate "$TMP/ontology-shapes.ttl" "$ONTOLOGY"; then
    ok "ontology/newsgraph.ttl defines all $nterms terms (type, label, comment, domain, range) and its header"
else
    bad "ontology/newsgraph.ttl misses term definitions"; show
fi

# --- 3. the valid example conforms -------------------------------------------
echo "# valid graph"
if validate "$SHAPES" "$DATA/valid.ttl"; then
    ok "tests/data/shacl/valid.ttl conforms"
else
    bad "tests/data/shacl/valid.ttl does not conform (exit $?)"; show
fi
if command -v rapper >/dev/null 2>&1; then
    if rapper -q -i turtle -o ntriples "$DATA/valid.ttl" >"$TMP/valid.nt" 2>"$TMP/rapper.err" &&
       rapper -q -i ntriples -o turtle "$TMP/valid.nt" >"$TMP/valid-roundtrip.ttl" 2>>"$TMP/rapper.err"; then
        if validate "$SHAPES" "$TMP/valid.nt"; then
            ok "valid.ttl written by rapper as N-Triples conforms"
        else
            bad "valid.ttl as N-Triples does not conform"; show
        fi
        if validate "$SHAPES" "$TMP/valid-roundtrip.ttl"; then
            ok "valid.ttl rewritten by rapper's Turtle serializer conforms (decimals keep their datatype)"
        else
            bad "valid.ttl after rapper's Turtle round trip does not conform"; show
        fi
    else
        bad "rapper could not convert valid.ttl"; sed 's/^/       /' "$TMP/rapper.err"
    fi
else
    echo "skip - rapper not installed: no raptor2 round trip"
fi

# --- 4. every broken example is rejected, for the expected reason -----------
echo "# broken graphs"
nbroken=0
for f in "$DATA"/broken-*.ttl; do
    [ -e "$f" ] || continue
    nbroken=$((nbroken + 1))
    name="tests/data/shacl/$(basename "$f")"
    expect="$(sed -n 's/^# expect: *//p' "$f" | head -n 1)"
    validate "$SHAPES" "$f"; rc=$?
    if [ "$rc" -ne 1 ]; then
        bad "$name: expected rejection (exit 1), got exit $rc"; show
        continue
    fi
    if [ -n "$expect" ]; then
        if ! grep -q "^Violation: .* path $expect[ :]" "$TMP/out"; then
            bad "$name: rejected, but not on path $expect"; show
            continue
        fi
        if grep -v "^does not conform" "$TMP/out" | grep -v " path $expect[ :]" | grep -q .; then
            bad "$name: rejected on $expect, but also on other rules"; show
            continue
        fi
        ok "$name rejected on $expect"
    else
        ok "$name rejected"
    fi
done
if [ "$nbroken" -lt 4 ]; then
    bad "expected at least 4 tests/data/shacl/broken-*.ttl files, found $nbroken"
fi

# --- 5. graphs given on the command line conform ----------------------------
if [ "$#" -gt 0 ]; then
    echo "# graphs from the command line"
    for g in "$@"; do
        if validate "$SHAPES" "$g"; then
            ok "$g conforms"
        else
            bad "$g: validator exit $? (1: does not conform, 2: unreadable or unparsable)"; show
        fi
    done
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
