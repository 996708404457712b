#!/usr/bin/env node
// cross-engine.mjs: run a SPARQL query with Oxigraph and print its answer in
// the normalized CSV form that tests/queries_test.sh compares across engines.
//
//   node tests/js/cross-engine.mjs GRAPH [GRAPH...] QUERY.rq
//   node tests/js/cross-engine.mjs --out-dir DIR GRAPH [GRAPH...] QUERY.rq...
//
// The second form loads the graphs once and answers every query (the
// arguments ending in .rq) into DIR/NAME, with DIR/NAME.err for a query that
// failed and DIR/NAME.ms for the milliseconds each took; exit 1 when one
// failed.
//
// Graph files: Turtle, N-Triples for .nt, N-Quads for .nq (queried as the
// union of their graphs), RDF/XML for .rdf and .owl.
//
// The normalized form is the one tests/cross_engine.py documents and writes:
// a header line of the selected variables in SELECT order, then one line per
// solution sorted by UTF-8 bytes; IRIs in full, literals as lexical forms
// with numbers and booleans in canonical form ("5.0" for xsd:decimal,
// "4.123E8" for xsd:double), blank nodes as "_:b", unbound as nothing; the
// " | "-separated items of a value sorted and deduplicated (GROUP_CONCAT
// order is undefined); RFC 4180 quoting. ASK prints true or false;
// CONSTRUCT and DESCRIBE the sorted N-Triples lines.
//
// Exit status: 0 done; 2 bad usage, unreadable file or malformed query.

import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const INTEGER_TYPES = new Set([
  'integer', 'long', 'int', 'short', 'byte', 'nonNegativeInteger',
  'nonPositiveInteger', 'positiveInteger', 'negativeInteger',
  'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte',
].map((t) => XSD + t));
const DECIMAL_TYPE = `${XSD}decimal`;
const FLOAT_TYPES = new Set([`${XSD}double`, `${XSD}float`]);
const BOOLEAN_TYPE = `${XSD}boolean`;
const LIST_SEP = ' | ';

function fail(msg) {
  process.stderr.write(`cross-engine.mjs: ${msg}\n`);
  process.exit(2);
}

function canonInteger(lex) {
  let s = lex.trim();
  let sign = '';
  if (s[0] === '+' || s[0] === '-') {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1);
  }
  if (!/^[0-9]+$/.test(s)) return lex;
  s = s.replace(/^0+/, '') || '0';
  return (s === '0' ? '' : sign) + s;
}

function canonDecimal(lex) {
  let s = lex.trim();
  let sign = '';
  if (s[0] === '+' || s[0] === '-') {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1);
  }
  const dot = s.indexOf('.');
  let ip = dot < 0 ? s : s.slice(0, dot);
  let fp = dot < 0 ? '' : s.slice(dot + 1);
  if (!/^[0-9]+$/.test(ip + fp)) return lex;
  ip = ip.replace(/^0+/, '') || '0';
  fp = fp.replace(/0+$/, '') || '0';
  if (ip === '0' && fp === '0') sign = '';
  return `${sign}${ip}.${fp}`;
}

function canonDouble(lex) {
  const s = lex.trim();
  if (s === 'NaN' || s === 'INF' || s === '-INF') return s;
  if (s === '+INF') return 'INF';
  if (!/^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(s)) return lex;
  const x = Number(s);
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'INF' : '-INF';
  if (x === 0) return '0.0E0';
  // toExponential() without an argument gives the shortest round-trip digits
  const m = /^(-?)([0-9])(?:\.([0-9]+))?e([+-][0-9]+)$/.exec(x.toExponential());
  return `${m[1]}${m[2]}.${m[3] || '0'}E${Number(m[4])}`;
}

function canonLiteral(lex, datatype) {
  if (INTEGER_TYPES.has(datatype)) return canonInteger(lex);
  if (datatype === DECIMAL_TYPE) return canonDecimal(lex);
  if (FLOAT_TYPES.has(datatype)) return canonDouble(lex);
  if (datatype === BOOLEAN_TYPE) {
    const t = lex.trim();
    return t === '1' ? 'true' : t === '0' ? 'false' : t;
  }
  return lex;
}

const byUtf8 = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

function sortList(value) {
  if (!value.includes(LIST_SEP)) return value;
  return [...new Set(value.split(LIST_SEP))].sort(byUtf8).join(LIST_SEP);
}

function csvField(value) {
  if (/[,"\r\n]/.test(value) || value.startsWith(' ') || value.endsWith(' ')) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}

function formatTable(variables, rows) {
  const header = variables.map(csvField).join(',');
  const body = rows.map((row) => row.map((v) => csvField(sortList(v))).join(','));
  body.sort(byUtf8);
  return [header, ...body].join('\n') + '\n';
}

function jsonValue(term) {
  if (term === undefined || term === null) return '';
  if (term.type === 'uri') return term.value;
  if (term.type === 'bnode') return '_:b';
  return canonLiteral(term.value, term.datatype || '');
}

function formatOf(file) {
  const low = file.toLowerCase();
  if (low.endsWith('.nt')) return 'application/n-triples';
  if (low.endsWith('.nq')) return 'application/n-quads';
  if (low.endsWith('.rdf') || low.endsWith('.owl')) return 'application/rdf+xml';
  return 'text/turtle';
}

function main(argv) {
  let outDir = null;
  if (argv[0] === '--out-dir') {
    outDir = argv[1];
    argv = argv.slice(2);
  }
  if (argv.length < 2 || argv[0] === '-h' || argv[0] === '--help' || outDir === undefined) {
    process.stderr.write('usage: node cross-engine.mjs GRAPH [GRAPH...] QUERY.rq\n' +
                         '       node cross-engine.mjs --out-dir DIR GRAPH [GRAPH...] QUERY.rq [QUERY.rq...]\n');
    process.exit(2);
  }
  let oxigraph;
  try {
    oxigraph = require('oxigraph');
  } catch (err) {
    fail(`the npm package oxigraph is missing (run make deps): ${err.message}`);
  }
  const store = new oxigraph.Store();
  // with --out-dir the queries are every argument ending in .rq
  const queryFiles = outDir ? argv.filter((a) => a.endsWith('.rq')) : [argv[argv.length - 1]];
  const graphs = outDir ? argv.filter((a) => !a.endsWith('.rq')) : argv.slice(0, -1);
  const queryFile = queryFiles[0];
  for (const file of graphs) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      fail(`cannot read ${file}: ${err.message}`);
    }
    try {
      store.load(text, { format: formatOf(file), base_iri: `file://${file}` });
    } catch (err) {
      fail(`cannot parse ${file}: ${err}`);
    }
  }
  if (!outDir) {
    let text;
    try {
      text = answer(store, queryFile);
    } catch (err) {
      fail(err.message);
    }
    process.stdout.write(text);
    return;
  }
  // --out-dir: every query against the one store, each answer in
  // DIR/NAME (NAME: the query file's name without .rq), a failure in
  // DIR/NAME.err, and the milliseconds each took in DIR/NAME.ms
  let failed = 0;
  for (const q of queryFiles) {
    const name = basename(q).replace(/\.rq$/, '');
    const t0 = process.hrtime.bigint();
    try {
      writeFileSync(join(outDir, name), answer(store, q));
    } catch (err) {
      writeFileSync(join(outDir, `${name}.err`), `cross-engine.mjs: ${err.message}\n`);
      failed++;
    }
    writeFileSync(join(outDir, `${name}.ms`), `${Number((process.hrtime.bigint() - t0) / 1000000n)}\n`);
  }
  process.exit(failed ? 1 : 0);
}

// The normalized answer of the query in queryFile; throws with a message.
function answer(store, queryFile) {
  let query;
  try {
    query = readFileSync(queryFile, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${queryFile}: ${err.message}`);
  }
  // SELECT and ASK answer in SPARQL JSON; CONSTRUCT and DESCRIBE refuse that
  // format and are asked again for N-Triples.
  let out;
  try {
    out = store.query(query, {
      results_format: 'application/sparql-results+json',
      use_default_graph_as_union: true,
    });
  } catch (err) {
    if (!/RDF format/i.test(String(err))) throw new Error(`Oxigraph failed on ${queryFile}: ${err}`);
    try {
      out = store.query(query, {
        results_format: 'application/n-triples',
        use_default_graph_as_union: true,
      });
    } catch (err2) {
      throw new Error(`Oxigraph failed on ${queryFile}: ${err2}`);
    }
  }
  if (typeof out !== 'string') throw new Error('Oxigraph returned no serialized results');
  if (/^\s*[{[]/.test(out)) {
    const doc = JSON.parse(out);
    if ('boolean' in doc) return `${doc.boolean ? 'true' : 'false'}\n`;
    const variables = doc.head.vars || [];
    const rows = doc.results.bindings.map((b) => variables.map((v) => jsonValue(b[v])));
    return formatTable(variables, rows);
  }
  // CONSTRUCT / DESCRIBE: re-serialize as N-Triples and sort the lines
  const lines = out.split('\n').filter((l) => l.trim() !== '');
  lines.sort(byUtf8);
  return lines.map((l) => `${l}\n`).join('');
}

main(process.argv.slice(2));
