/*
 * sorted.h - the grouping formats (Turtle, RDF/XML, JSON, ...): triples
 * kept in memory, sorted, freed of repeats and written through a raptor2
 * serializer, so that output does not depend on thread scheduling.
 */
#ifndef NG_SORTED_H
#define NG_SORTED_H

#include "newsgraph.h"

#include <raptor2.h>
#include <stdio.h>

typedef struct ng_sorted ng_sorted;

/* syntax: a raptor2 serializer name; base: the instance namespace, whose
 * kinds (base + "person/", ...) get prefixes. */
ng_sorted *ng_sorted_new(raptor_world *world, const char *syntax, const char *base, FILE *fp);
void ng_sorted_free(ng_sorted *st);
/* Keeps a triple: o is an IRI when dt is NULL, else a literal of datatype
 * IRI dt ("" for a plain literal). */
void ng_sorted_add(ng_sorted *st, const char *s, const char *p, const char *o, const char *dt);
/* Sorts and writes the document to fp; fn (when not NULL) hears how many
 * triples of how many are written, from (0, n) to (n, n). Returns the
 * number of distinct triples written. */
size_t ng_sorted_write(ng_sorted *st, ng_progress_fn fn, void *ctx);

#endif
