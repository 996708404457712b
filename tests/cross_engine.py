#!/usr/bin/python3
"""cross_engine.py: run a SPARQL query with rdflib and print its answer in
the normalized CSV form that tests/queries_test.sh compares across engines.

    cross_engine.py GRAPH [GRAPH...] QUERY.rq     answer the query with rdflib
    cross_engine.py --out-dir DIR GRAPH... QUERY.rq...
                                                  read the graphs once, answer
                                                  every query (the arguments
                                                  ending in .rq) into DIR/NAME
                                                  (DIR/NAME.err when it
                                                  failed, DIR/NAME.ms its
                                                  milliseconds); exit 1 when
                                                  one failed
    cross_engine.py --normalize [FILE]            normalize SPARQL 1.1 query
                                                  results in JSON or XML
                                                  (`newsgraph query --format
                                                  json`, `roqet -r xml`);
                                                  FILE defaults to stdin
    cross_engine.py --normalize-csv [FILE]        normalize SPARQL 1.1 CSV
                                                  results (values kept as
                                                  written: CSV has no types)
    cross_engine.py --same GOT EXPECTED           compare two normalized
                                                  answers; exit 1 and print a
                                                  diff when they differ
    cross_engine.py --probes GRAPH                for each canned query, a
                                                  parameter row under which
                                                  the graph has that kind of
                                                  fact (used on the dev data)

Graph files: Turtle, N-Triples for .nt, N-Quads for .nq (queried as the
union of their graphs), RDF/XML for .rdf and .owl.

The normalized form (tests/js/cross-engine.mjs writes the same):
  * first line: the selected variable names, comma-separated, in the order of
    the query's SELECT clause;
  * then one line per solution, the lines sorted by their UTF-8 bytes
    (the query's ORDER BY is not compared: engines order unbound values and
    mixed types differently, which SPARQL allows);
  * an IRI is written in full; a literal as its lexical form only (no
    datatype, no language tag), numbers and booleans in canonical form
    (xsd:integer and its subtypes: no sign or leading zeros; xsd:decimal:
    no leading or trailing zeros, at least one digit on each side of the
    point, "5.0"; xsd:double and xsd:float: shortest round-trip mantissa and
    exponent, "4.123E8"); a blank node as "_:b"; an unbound value as nothing;
  * a value containing " | " (the GROUP_CONCAT separator of the canned
    queries) has its " | "-separated items sorted and deduplicated, since
    SPARQL leaves the order of GROUP_CONCAT undefined;
  * a field is quoted as in RFC 4180 (with "" for ") when it contains a
    comma, a double quote, a line break, or starts or ends with a space.
ASK prints "true" or "false"; CONSTRUCT and DESCRIBE print the sorted
N-Triples lines of the graph (not normalized further: engines may write
literals differently there).

An answer whose header line is empty and that has no rows is an empty answer
whose variables are unknown: rasqal 0.9.33 (and so `newsgraph query`) names
no variables when there is no solution. --same takes it to equal any answer
without rows.

Exit status: 0 done (--same: the answers are the same); 1 --same: they
differ; 2 bad usage, unreadable file, malformed query or results.
"""

import json
import sys
from decimal import Decimal, InvalidOperation

XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = {XSD + t for t in (
    "integer", "long", "int", "short", "byte", "nonNegativeInteger",
    "nonPositiveInteger", "positiveInteger", "negativeInteger",
    "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
DECIMAL_TYPE = XSD + "decimal"
FLOAT_TYPES = {XSD + "double", XSD + "float"}
BOOLEAN_TYPE = XSD + "boolean"
LIST_SEP = " | "


def canon_integer(lex):
    s = lex.strip()
    sign = ""
    if s[:1] in "+-":
        sign, s = ("-" if s[0] == "-" else ""), s[1:]
    if not s.isdigit():
        return lex
    s = s.lstrip("0") or "0"
    return ("" if s == "0" else sign) + s


def canon_decimal(lex):
    s = lex.strip()
    sign = ""
    if s[:1] in "+-":
        sign, s = ("-" if s[0] == "-" else ""), s[1:]
    ip, _, fp = s.partition(".")
    if not (ip + fp).isdigit():
        return lex
    ip = ip.lstrip("0") or "0"
    fp = fp.rstrip("0") or "0"
    if ip == "0" and fp == "0":
        sign = ""
    return sign + ip + "." + fp


def canon_double(lex):
    s = lex.strip()
    if s in ("NaN", "INF", "-INF"):
        return s
    if s == "+INF":
        return "INF"
    try:
        x = float(s)
    except ValueError:
        return lex
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "INF" if x > 0 else "-INF"
    if x == 0:
        return "0.0E0"
    d = Decimal(repr(x)).normalize()
    sign, digits, exp = d.as_tuple()
    mant = "".join(str(c) for c in digits)
    e = len(digits) - 1 + exp
    frac = mant[1:] or "0"
    return ("-" if sign else "") + mant[0] + "." + frac + "E" + str(e)


def canon_literal(lex, datatype):
    if datatype in INTEGER_TYPES:
        return canon_integer(lex)
    if datatype == DECIMAL_TYPE:
        return canon_decimal(lex)
    if datatype in FLOAT_TYPES:
        return canon_double(lex)
    if datatype == BOOLEAN_TYPE:
        return {"1": "true", "0": "false"}.get(lex.strip(), lex.strip())
    return lex


def sort_list(value):
    if LIST_SEP not in value:
        return value
    return LIST_SEP.join(sorted(set(value.split(LIST_SEP)),
                                key=lambda v: v.encode("utf-8")))


def csv_field(value):
    if (any(c in value for c in ',"\r\n') or value.startswith(" ")
            or value.endswith(" ")):
        return '"' + value.replace('"', '""') + '"'
    return value


def format_table(variables, rows):
    """rows: lists of normalized strings. Returns the normalized text."""
    lines = [",".join(csv_field(v) for v in variables)]
    body = [",".join(csv_field(sort_list(v)) for v in row) for row in rows]
    body.sort(key=lambda line: line.encode("utf-8"))
    return "\n".join(lines + body) + "\n"


def normalize_json(text):
    doc = json.loads(text)
    if "boolean" in doc:
        return ("true" if doc["boolean"] else "false") + "\n"
    variables = doc["head"].get("vars", [])
    rows = []
    for binding in doc["results"]["bindings"]:
        row = []
        for var in variables:
            term = binding.get(var)
            if term is None:
                row.append("")
            elif term["type"] == "uri":
                row.append(term["value"])
            elif term["type"] == "bnode":
                row.append("_:b")
            else:  # literal, typed-literal
                row.append(canon_literal(term["value"],
                                         term.get("datatype", "")))
        rows.append(row)
    return format_table(variables, rows)


def normalize_xml(text):
    import xml.etree.ElementTree as ET
    ns = "{http://www.w3.org/2005/sparql-results#}"
    root = ET.fromstring(text)
    boolean = root.find(ns + "boolean")
    if boolean is not None:
        return ("true" if boolean.text.strip() == "true" else "false") + "\n"
    variables = [v.get("name") for v in root.find(ns + "head")
                 if v.tag == ns + "variable"]
    rows = []
    results = root.find(ns + "results")
    for result in (results if results is not None else []):
        values = {}
        for binding in result.findall(ns + "binding"):
            term = binding[0] if len(binding) else None
            if term is None or term.tag == ns + "unbound":
                continue
            text_value = term.text or ""
            if term.tag == ns + "uri":
                values[binding.get("name")] = text_value
            elif term.tag == ns + "bnode":
                values[binding.get("name")] = "_:b"
            else:
                values[binding.get("name")] = canon_literal(
                    text_value, term.get("datatype", ""))
        rows.append([values.get(v, "") for v in variables])
    return format_table(variables, rows)


def normalize(text):
    if text.lstrip().startswith("<"):
        return normalize_xml(text)
    return normalize_json(text)


def normalize_csv(text):
    import csv
    import io
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        return "\n"
    body = [["_:b" if v.startswith("_:") else v for v in row]
            for row in rows[1:]]
    return format_table(rows[0], body)


def same(got_file, expected_file):
    """Exit status 0 when the two normalized answers are the same."""
    import difflib
    with open(got_file, encoding="utf-8") as f:
        got = f.read().splitlines()
    with open(expected_file, encoding="utf-8") as f:
        expected = f.read().splitlines()
    if got in ([], [""]) and len(expected) <= 1:
        return 0
    if expected in ([], [""]) and len(got) <= 1:
        return 0
    if got == expected:
        return 0
    diff = difflib.unified_diff(expected, got, expected_file, got_file,
                                lineterm="", n=0)
    lines = list(diff)
    for line in lines[:40]:
        print("    " + line)
    if len(lines) > 40:
        print(f"    ... ({len(lines) - 40} more diff lines)")
    return 1


def rdflib_value(term):
    from rdflib import BNode, Literal, URIRef
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, BNode):
        return "_:b"
    if isinstance(term, Literal):
        return canon_literal(str(term),
                             str(term.datatype) if term.datatype else "")
    return str(term)


def guess_format(path):
    low = path.lower()
    if low.endswith(".nt"):
        return "nt"
    if low.endswith(".nq"):
        return "nquads"
    if low.endswith(".rdf") or low.endswith(".owl"):
        return "xml"
    return "turtle"


def load_graphs(graphs):
    try:
        import rdflib
    except ImportError:
        sys.exit("cross_engine.py: rdflib is missing (apt-get install "
                 "python3-rdflib)")
    graph = rdflib.ConjunctiveGraph()
    for path in graphs:
        try:
            graph.parse(path, format=guess_format(path))
        except Exception as err:  # noqa: BLE001 - report any parse error
            print(f"cross_engine.py: cannot read {path}: {err}",
                  file=sys.stderr)
            sys.exit(2)
    return graph


class QueryError(Exception):
    """A query that cannot be read or that rdflib fails on."""


def answer(graph, query_file):
    """The normalized answer of the query in query_file over graph."""
    try:
        with open(query_file, encoding="utf-8") as f:
            text = f.read()
    except OSError as err:
        raise QueryError(f"cannot read {query_file}: {err}") from err
    try:
        result = graph.query(text)
    except Exception as err:  # noqa: BLE001 - malformed query, engine error
        raise QueryError(f"rdflib failed on {query_file}: {err}") from err
    if result.type == "ASK":
        return ("true" if result.askAnswer else "false") + "\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        lines = sorted(
            " ".join(t.n3() for t in triple) + " ."
            for triple in result.graph)
        return "".join(line + "\n" for line in lines)
    variables = [str(v) for v in result.vars]
    rows = [[rdflib_value(row[i]) for i in range(len(variables))]
            for row in result]
    return format_table(variables, rows)


def run_rdflib(graphs, query_file):
    graph = load_graphs(graphs)
    try:
        return answer(graph, query_file)
    except QueryError as err:
        print(f"cross_engine.py: {err}", file=sys.stderr)
        sys.exit(2)


def run_batch(out_dir, args):
    """--out-dir: the graphs read once, every query answered into out_dir."""
    import os
    import time
    graph = load_graphs([a for a in args if not a.endswith(".rq")])
    failed = 0
    for query_file in (a for a in args if a.endswith(".rq")):
        name = os.path.join(out_dir, os.path.basename(query_file)[:-3])
        t0 = time.monotonic()
        try:
            text = answer(graph, query_file)
            with open(name, "w", encoding="utf-8") as f:
                f.write(text)
        except QueryError as err:
            with open(name + ".err", "w", encoding="utf-8") as f:
                f.write(f"cross_engine.py: {err}\n")
            failed += 1
        with open(name + ".ms", "w", encoding="utf-8") as f:
            f.write(f"{int((time.monotonic() - t0) * 1000)}\n")
    return 1 if failed else 0


# --- probes for the dev data -------------------------------------------------

PROBE_PREFIXES = """
PREFIX ng: <https://w3id.org/newsgraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

# canned query -> (SPARQL whose first row's ?x is a value under which the
# graph has the kind of fact the query asks about; the VALUES line to put in
# the query with that value, or None to keep the query's own parameters)
PROBES = {
    "meetings": ("""
        SELECT ?x WHERE { ?m a ng:Meeting ; ng:participant ?p ; ng:date ?d ;
                             ng:reportedIn ?a . ?a ng:file ?f .
                          ?p rdfs:label ?x } LIMIT 1""", None),
    "meetings-of-person": ("""
        SELECT ?x WHERE { ?m a ng:Meeting ; ng:participant ?p , ?q ;
                             ng:date ?d ; ng:reportedIn ?a . ?a ng:file ?f .
                          ?p rdfs:label ?x . ?q rdfs:label ?y
                          FILTER(?p != ?q) } ORDER BY ?x LIMIT 1""",
        "  VALUES (?name ?inYear) {{ ({} UNDEF) }}"),
    "meetings-by-region": ("""
        SELECT ?x WHERE { ?m a ng:Meeting ; ng:participant ?p ; ng:date ?d ;
                             ng:location ?l ; ng:reportedIn ?a .
                          ?a ng:file ?f . ?p rdfs:label ?pl .
                          ?l rdfs:label ?ll ; ng:partOf ?r .
                          ?r rdfs:label ?x } ORDER BY ?x LIMIT 1""",
        "  VALUES (?name ?inYear) {{ ({} UNDEF) }}"),
    "forums-by-edition": ("""
        SELECT ?x WHERE { ?e a ng:Forum ; rdfs:label ?x ; ng:reportedIn ?a .
                          ?a ng:file ?f } LIMIT 1""", None),
    "claims-timeline": ("""
        SELECT ?x WHERE { ?c a ng:EconomicClaim ; ng:party ?p ;
                             ng:indicator ?i ; ng:status ?s ; ng:value ?v ;
                             ng:unit ?u ; ng:quote ?q ; ng:statedIn ?a .
                          ?a ng:file ?f . ?p rdfs:label ?x }
        ORDER BY ?x LIMIT 1""", "  VALUES ?name {{ {} }}"),
    "claims-by-speaker": ("""
        SELECT ?x WHERE { ?c a ng:EconomicClaim ; ng:speaker ?w ;
                             ng:party ?p ; ng:indicator ?i ; ng:status ?s ;
                             ng:value ?v ; ng:unit ?u ; ng:quote ?q ;
                             ng:statedIn ?a .
                          ?a ng:file ?f . ?p rdfs:label ?pl .
                          ?w rdfs:label ?x } ORDER BY ?x LIMIT 1""",
        "  VALUES ?name {{ {} }}"),
    "offices": ("""
        SELECT ?x WHERE { ?w ng:holds ?p ; rdfs:label ?x .
                          ?p ng:positionType ?t ; ng:jurisdiction ?j ;
                             ng:attestedIn ?a .
                          ?j rdfs:label ?jl . ?a ng:file ?f } LIMIT 1""",
        None),
    "mentions-of-entity": ("""
        SELECT ?x WHERE { ?a ng:mentions ?e ; ng:file ?f .
                          ?e rdfs:label ?x } ORDER BY ?x LIMIT 1""",
        "  VALUES ?name {{ {} }}"),
    "contacts": ("""
        SELECT ?x WHERE { ?m a ng:Meeting ; ng:participant ?p , ?q ;
                             ng:date ?d .
                          ?p rdfs:label ?x . ?q rdfs:label ?y
                          FILTER(?x != ?y) } LIMIT 1""", None),
    "meeting-evidence": ("""
        SELECT ?x WHERE { ?m a ng:Meeting ; ng:participant ?p ; ng:date ?d ;
                             ng:evidence ?e .
                          ?p rdfs:label ?x .
                          ?e ng:inArticle ?a ; ng:start ?s ; ng:end ?n ;
                             ng:quote ?q .
                          ?a ng:file ?f } LIMIT 1""", None),
    # computed by target_pairs() below
    "targets-vs-actuals": (None, None),
}


def sparql_string(value):
    return '"' + (value.replace("\\", "\\\\").replace('"', '\\"')
                  .replace("\n", "\\n").replace("\r", "\\r")) + '"'


def target_pairs(graph):
    """Counts (target, actual) pairs as targets-vs-actuals.rq defines them,
    computed in Python as an oracle independent of any SPARQL engine."""
    from rdflib import Namespace, URIRef
    ng = Namespace("https://w3id.org/newsgraph/ns#")
    issued = URIRef("http://purl.org/dc/terms/issued")

    def one(s, p):
        for o in graph.objects(s, p):
            return o
        return None

    claims = []
    for c in set(graph.subjects(ng.status, None)):
        parties = frozenset(graph.objects(c, ng.party))
        article = one(c, ng.statedIn)
        needed = (one(c, ng.indicator), one(c, ng.unit), one(c, ng.value),
                  one(c, ng.quote), article,
                  article is not None and one(article, ng.file))
        if any(v is None or v is False for v in needed) or not parties:
            continue
        if len(parties) > 2 or any(one(p, URIRef(
                "http://www.w3.org/2000/01/rdf-schema#label")) is None
                                   for p in parties):
            continue
        day = one(article, issued)
        day = str(day)[:10] if day is not None else None
        start, end = one(c, ng.periodStart), one(c, ng.periodEnd)
        claims.append({
            "status": one(c, ng.status), "key": (one(c, ng.indicator),
                                                 one(c, ng.unit), parties),
            "target_when": day or (str(start) if start is not None else None),
            "actual_when": (str(end) if end is not None else day)})
    n = 0
    for t in claims:
        if t["status"] != ng.Projected or t["target_when"] is None:
            continue
        for a in claims:
            if (a["status"] == ng.Actual and a["key"] == t["key"]
                    and a["actual_when"] is not None
                    and a["actual_when"] >= t["target_when"]):
                n += 1
    return n


def probes(graph_file):
    """Prints a line NAME<TAB>VALUES-line for each canned query: the VALUES
    line to use so that the graph has that kind of fact; "=" instead to keep
    the query's own parameters; "-" when the graph has no such fact."""
    import rdflib
    graph = rdflib.ConjunctiveGraph()
    graph.parse(graph_file, format=guess_format(graph_file))
    for name in sorted(PROBES):
        query, values_line = PROBES[name]
        if query is None:
            print(f"{name}\t{'=' if target_pairs(graph) else '-'}")
            continue
        rows = list(graph.query(PROBE_PREFIXES + query))
        if not rows:
            print(f"{name}\t-")
        elif values_line is None:
            print(f"{name}\t=")
        else:
            value = sparql_string(str(rows[0][0]))
            print(f"{name}\t" + values_line.format(value))


def main(argv):
    if len(argv) >= 1 and argv[0] in ("--normalize", "--normalize-json"):
        if len(argv) > 2:
            print(__doc__, file=sys.stderr)
            sys.exit(2)
        try:
            if len(argv) == 2 and argv[1] != "-":
                with open(argv[1], encoding="utf-8") as f:
                    text = f.read()
            else:
                text = sys.stdin.read()
            sys.stdout.write(normalize(text))
        except (OSError, ValueError, KeyError, TypeError, AttributeError,
                SyntaxError) as err:
            print(f"cross_engine.py: not SPARQL JSON or XML results: {err}",
                  file=sys.stderr)
            sys.exit(2)
        return
    if len(argv) == 2 and argv[0] == "--normalize-csv" or argv == ["--normalize-csv"]:
        if len(argv) == 2 and argv[1] != "-":
            with open(argv[1], encoding="utf-8", newline="") as f:
                text = f.read()
        else:
            text = sys.stdin.read()
        sys.stdout.write(normalize_csv(text))
        return
    if len(argv) == 3 and argv[0] == "--same":
        sys.exit(same(argv[1], argv[2]))
    if len(argv) >= 4 and argv[0] == "--out-dir":
        sys.exit(run_batch(argv[1], argv[2:]))
    if len(argv) == 2 and argv[0] == "--probes":
        probes(argv[1])
        return
    if len(argv) < 2 or argv[0] in ("-h", "--help"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.stdout.write(run_rdflib(argv[:-1], argv[-1]))


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except InvalidOperation as err:
        print(f"cross_engine.py: {err}", file=sys.stderr)
        sys.exit(2)
