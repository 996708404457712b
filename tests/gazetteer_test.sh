#!/usr/bin/env bash
# gazetteer_test.sh SOURCE_DIR - ontology/gazetteer/world.ttl is what
# scripts/gen-gazetteer.py makes now from ISO 3166 (Debian iso-codes) and
# scripts/gazetteer-curated.txt, so that data and script cannot drift apart.
# Exit 77 (skipped) when iso-codes or /usr/bin/python3 is missing.
set -u
SRC="${1:?usage: gazetteer_test.sh SOURCE_DIR}"
PY=/usr/bin/python3
if [ ! -x "$PY" ]; then
    echo "SKIP - $PY is missing: cannot run scripts/gen-gazetteer.py"
    exit 77
fi
if [ ! -f /usr/share/iso-codes/json/iso_3166-2.json ]; then
    echo "SKIP - Debian's iso-codes is not installed (make deps): cannot check world.ttl against its sources"
    exit 77
fi
if "$PY" "$SRC/scripts/gen-gazetteer.py" --check 2>"${TMPDIR:-/tmp}/gazetteer_test.$$"; then
    echo "ok   - ontology/gazetteer/world.ttl is what scripts/gen-gazetteer.py makes"
    rm -f "${TMPDIR:-/tmp}/gazetteer_test.$$"
    exit 0
fi
echo "FAIL - ontology/gazetteer/world.ttl differs from what scripts/gen-gazetteer.py makes:"
grep -v ': note: ' "${TMPDIR:-/tmp}/gazetteer_test.$$"
rm -f "${TMPDIR:-/tmp}/gazetteer_test.$$"
exit 1
