#!/usr/bin/env node
// shacl-validate.mjs: validate RDF graphs against SHACL shapes.
//
//   node tests/js/shacl-validate.mjs SHAPES.ttl DATA.ttl [DATA2.ttl ...]
//
// Files are read with N3.js: N-Triples when the name ends in .nt, Turtle
// otherwise. All data files are merged into one data graph (blank nodes are
// kept apart per file) and validated with rdf-validate-shacl.
//
// Exit status: 0 and "conforms" when the data conforms; 1 and one line per
// validation result (focus node, path, value, message) when it does not;
// 2 with a message naming the file when a file cannot be read or parsed
// (or on bad usage).

import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import N3 from 'n3';
import datasetFactory from '@rdfjs/dataset';
import SHACLValidator from 'rdf-validate-shacl';

const PREFIXES = [
  ['ng:', 'https://w3id.org/newsgraph/ns#'],
  ['ngsh:', 'https://w3id.org/newsgraph/shapes#'],
  ['id:', 'https://w3id.org/newsgraph/id/'],
  ['rdf:', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['xsd:', 'http://www.w3.org/2001/XMLSchema#'],
  ['owl:', 'http://www.w3.org/2002/07/owl#'],
  ['skos:', 'http://www.w3.org/2004/02/skos/core#'],
  ['dcterms:', 'http://purl.org/dc/terms/'],
  ['sh:', 'http://www.w3.org/ns/shacl#'],
];

function usage() {
  process.stderr.write(
    'usage: node shacl-validate.mjs SHAPES.ttl DATA.ttl [DATA2.ttl ...]\n' +
    '       (files ending in .nt are read as N-Triples, others as Turtle)\n');
  process.exit(2);
}

function fail(msg) {
  process.stderr.write(`shacl-validate: ${msg}\n`);
  process.exit(2);
}

/** Reads and parses one file; on any error exits 2 naming the file. */
async function loadQuads(file, index) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    fail(`cannot read ${file}: ${err.message}`);
  }
  const format = file.toLowerCase().endsWith('.nt') ? 'N-Triples' : 'Turtle';
  const parser = new N3.Parser({
    format,
    baseIRI: pathToFileURL(path.resolve(file)).href,
    blankNodePrefix: `f${index}_`,
  });
  try {
    return parser.parse(text);
  } catch (err) {
    fail(`cannot parse ${file} as ${format}: ${err.message}`);
  }
  return [];
}

function short(term) {
  if (!term) return '-';
  switch (term.termType) {
    case 'NamedNode': {
      for (const [p, ns] of PREFIXES) {
        if (term.value.startsWith(ns) && /^[A-Za-z0-9_\-/.]*$/.test(term.value.slice(ns.length))) {
          return p + term.value.slice(ns.length);
        }
      }
      return `<${term.value}>`;
    }
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const lex = JSON.stringify(term.value);
      if (term.language) return `${lex}@${term.language}`;
      const dt = term.datatype && term.datatype.value;
      if (!dt || dt === 'http://www.w3.org/2001/XMLSchema#string') return lex;
      return `${lex}^^${short(term.datatype)}`;
    }
    default:
      return String(term.value);
  }
}

function messageOf(result) {
  const msgs = (result.message || []).map((m) => m.value).filter(Boolean);
  if (msgs.length) return msgs.join('; ');
  return short(result.sourceConstraintComponent);
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length < 2 || args.includes('-h') || args.includes('--help')) usage();
  const [shapesFile, ...dataFiles] = args;

  const shapes = datasetFactory.dataset(await loadQuads(shapesFile, 0));
  const data = datasetFactory.dataset();
  for (let i = 0; i < dataFiles.length; i++) {
    for (const q of await loadQuads(dataFiles[i], i + 1)) data.add(q);
  }

  let report;
  try {
    const validator = new SHACLValidator(shapes);
    report = await validator.validate(data);
  } catch (err) {
    fail(`validation failed (shapes ${shapesFile}): ${err.message}`);
  }

  if (report.conforms) {
    console.log('conforms');
    process.exit(0);
  }
  const results = report.results;
  for (const r of results) {
    const severity = r.severity ? short(r.severity).replace(/^sh:/, '') : 'Violation';
    const value = r.value ? ` value ${short(r.value)}` : '';
    console.log(`${severity}: focus ${short(r.focusNode)} path ${short(r.path)}${value}: ${messageOf(r)}`);
  }
  console.log(`does not conform: ${results.length} result(s) in ${dataFiles.join(' ')}`);
  process.exit(1);
}

main().catch((err) => fail(err && err.stack ? err.stack : String(err)));
