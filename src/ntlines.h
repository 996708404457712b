/*
 * ntlines.h - N-Triples and N-Quads lines from cached term bytes.
 *
 * raptor2 escapes each distinct term once (raptor_term_escaped_write with the
 * N-Triples flags: what its own N-Triples and N-Quads serializers, through
 * raptor_statement_ntriples_write, call for every term of every statement); the bytes are kept in a bounded cache and each line is
 * assembled from them: "S P O .\n", or "S P O G .\n" with a graph. The
 * output is byte for byte what raptor's serializers write, at a fraction of
 * the cost: they escape every term of every statement again, calling two
 * indirect functions per output byte. raptor2 stays the only code that
 * escapes RDF.
 */
#ifndef NG_NTLINES_H
#define NG_NTLINES_H

#include <raptor2.h>
#include <stdio.h>

typedef struct ng_ntlines ng_ntlines;

ng_ntlines *ng_ntlines_new(raptor_world *world, FILE *fp);
void ng_ntlines_free(ng_ntlines *nt);
/* Writes what is buffered to the current file, then writes to fp. */
void ng_ntlines_set_file(ng_ntlines *nt, FILE *fp);
/* One statement. s, p: IRIs; o: an IRI when dt is NULL, else a literal
 * with datatype IRI dt ("" for a plain literal); g: the graph IRI or NULL. */
void ng_ntlines_write(ng_ntlines *nt, const char *s, const char *p, const char *o, const char *dt,
                      const char *g);
/* Hands every buffered byte to the file. */
void ng_ntlines_flush(ng_ntlines *nt);

#endif
