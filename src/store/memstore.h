/*
 * memstore.h - newsgraph's in-memory librdf storage ("newsgraph-memory"),
 * the model `query`, `stats`, `report` and `export` read a store or graph
 * files into (graphs.c).
 *
 * librdf's "trees" storage keeps four AVL trees of statements (spo, sop,
 * ops, pso), and every insert walks each with about twenty comparisons of
 * long IRIs: copying a million-triple store into it took 6 s of the 7 s a
 * query took. This storage interns each term once (an IRI by its pointer,
 * raptor interns IRIs; a literal by its text, datatype and language; a
 * blank node by its label), keeps the statements as triples of term ids in
 * insertion order, a hash set of them (a model is a set: a second add of a
 * statement is ignored), and for each term the ids of the statements it is
 * the subject, predicate or object of. A find walks the shortest list of
 * its bound terms and filters by the others; nothing bound walks every
 * statement.
 *
 * Order: every stream gives statements in the order they were first added
 * (for a store, the order librdf's SQLite storage reads them in; for graph
 * files, the order of the files and of their statements), so a query
 * without ORDER BY gives its rows in an order that depends only on the
 * input, not the one "trees" gave (sorted by subject).
 *
 * Not supported: contexts (named graphs; the models newsgraph makes have
 * none: parsing N-Quads or TriG into them drops the graph names, as with
 * "trees" without contexts) and removing statements (an error, logged).
 */
#ifndef NG_MEMSTORE_H
#define NG_MEMSTORE_H

#include <librdf.h>

/* The storage name to give librdf_new_storage. */
#define NG_MEMSTORE_NAME "newsgraph-memory"

/* Registers the storage with world (once; again is a no-op). 0, or -1
 * when librdf refused it. */
int ng_memstore_register(librdf_world *world);

#endif
