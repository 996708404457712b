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
#include <stdint.h>

/* The storage name to give librdf_new_storage. */
#define NG_MEMSTORE_NAME "newsgraph-memory"

/* Registers the storage with world (once; again is a no-op). 0, or -1
 * when librdf refused it. */
int ng_memstore_register(librdf_world *world);

/* For a copy that meets each distinct node once (memcopy.c reads a store's
 * node tables, then its rows of ids). storage must be one of this kind.
 * The id of the term equal to n, interned now when new (n stays the
 * caller's), or NG_MEMSTORE_NONE when the storage is full. */
#define NG_MEMSTORE_NONE UINT32_MAX
uint32_t ng_memstore_term(librdf_storage *storage, librdf_node *n);
/* Adds the statement of those ids, as add_statement: 0 added or there
 * already, >0 illegal (not added: a literal subject, a predicate that is
 * no IRI), <0 the storage is full (logged). */
int ng_memstore_add_terms(librdf_storage *storage, uint32_t s, uint32_t p, uint32_t o);

#endif
