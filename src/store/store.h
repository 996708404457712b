/*
 * store.h - what the store commands (load, query, export, stats) share:
 * librdf's world and model with the messages it logs (env.c), the SQLite
 * store file (sqlite.c), graph files and the model a query reads
 * (graphs.c), RDF terms and results written out (terms.c, results.c).
 *
 *   load.c    `newsgraph load`    articles extracted into a store
 *   query.c   `newsgraph query`   SPARQL through rasqal
 *   export.c  `newsgraph export`  the store as one graph
 *   stats.c   `newsgraph stats`   counts
 *   virtuoso.c  -s virtuoso:DSN  a Virtuoso server as the store
 */
#ifndef NG_STORE_H
#define NG_STORE_H

#include <librdf.h>
#include <stdio.h>

#include "ns.h"
#include "util.h"

/* --- env.c ---------------------------------------------------------- */

typedef struct {
    librdf_world *world;
    librdf_storage *storage;
    librdf_model *model;
    const char *what;   /* what logged errors are about: a file name, "query" */
    ng_buf log;         /* error messages since the last ng_env_reset_log, one a line */
    int errors;
    int first_line;     /* line of the first located error, 0 when none */
    int col_shift;      /* characters prepended to line 1 (query prefixes) */
    char *vgraph;       /* a Virtuoso store's graph IRI (virtuoso.c); NULL for others */
} rdf_env;

/* {prefix, namespace} pairs, ending with {NULL, NULL}: the prefixes every
 * query may use without declaring them, and that IRIs are shortened with. */
extern const char *const ng_prefixes[][2];

int ng_env_open(rdf_env *e);
void ng_env_close(rdf_env *e);
void ng_env_reset_log(rdf_env *e, const char *what);
void ng_env_print_log(rdf_env *e, const char *fallback);
librdf_node *ng_uri_node(rdf_env *e, const char *iri);
librdf_node *ng_node_copy(librdf_node *n);
void ng_set_namespaces(rdf_env *e, librdf_serializer *ser, const char *base);

/* --- sqlite.c -------------------------------------------------------- */

/* What ng_store_check found. */
enum { STORE_EXISTS, STORE_MISSING, STORE_EMPTY };

int ng_store_check(const char *path, int create, int *is_new);
int ng_store_open(rdf_env *e, const char *path, int is_new, int index);

/* --- virtuoso.c ------------------------------------------------------ */

/* The graph a Virtuoso store's statements go in, unless
 * NEWSGRAPH_VIRTUOSO_GRAPH names another. */
#define NG_VIRTUOSO_GRAPH "https://w3id.org/newsgraph/graph"

int ng_virtuoso_spec(const char *store);
int ng_virtuoso_open(rdf_env *e, const char *spec);
char *ng_virtuoso_query_text(const rdf_env *e, const char *query, int *ask);
int ng_virtuoso_print_ask(librdf_query_results *r, int fmt);

/* --- graphs.c -------------------------------------------------------- */

int ng_source_open(rdf_env *e, const char *store, ng_vec *graphs, int on_disk);
int ng_source_usage(const char *cmd, const char *store, const ng_vec *graphs);

/* --- terms.c --------------------------------------------------------- */

const char *ng_node_iri(librdf_node *n);
const char *ng_node_lexical(librdf_node *n, size_t *len);
const char *ng_literal_datatype(librdf_node *n);
void ng_term_text(ng_buf *b, librdf_node *n, int table);
void ng_term_turtle(ng_buf *b, librdf_node *n);
void ng_term_json(ng_buf *b, librdf_node *n);
void ng_add_json_string(ng_buf *b, const char *s, size_t len);
void ng_add_json_cstring(ng_buf *b, const char *s);

/* --- results.c ------------------------------------------------------- */

enum { FMT_TABLE, FMT_CSV, FMT_TSV, FMT_JSON };

int ng_print_results(rdf_env *e, librdf_query_results *r, int fmt, const char *query);

#endif
