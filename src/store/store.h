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
 *   bulk.c    librdf's SQLite rows, written for load through prepared statements
 *   sketches.c  the article sketches a store keeps for near-duplicates (load)
 *   memstore.c  the in-memory librdf storage query, stats, report, export read (memstore.h)
 *   memcopy.c   a store copied into it from librdf's tables
 */
#ifndef NG_STORE_H
#define NG_STORE_H

#include <librdf.h>
#include <stdint.h>
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

/* How long our own SQLite connections wait for a lock. */
#define NG_STORE_BUSY_MS 10000

/* create: 0, the store must exist; NG_STORE_CREATE (load, before its
 * lock) or NG_STORE_LOCKED (load, holding it): it may be made. */
enum { NG_STORE_CREATE = 1, NG_STORE_LOCKED = 2 };
int ng_store_check(const char *path, int create, int *is_new);
/* load's lock on its store (see sqlite.c): a descriptor, or -1. */
int ng_store_lock(const char *path, int *created);
int ng_store_open(rdf_env *e, const char *path, int is_new, int index);

/* --- bulk.c --------------------------------------------------------- */

/* load's writer of librdf's SQLite rows (bulk.c): the rows
 * librdf_model_add_statement would write, through prepared statements on
 * librdf's own connection and inside its transaction. */
typedef struct ng_bulk ng_bulk;

/* Returned for a statement bulk.c leaves to librdf (a blank node). */
#define NG_BULK_LIBRDF 2

/* The writer for an open SQLite store, or NULL: librdf adds then (another
 * storage, or NEWSGRAPH_LOAD_LIBRDF set to compare the two paths). */
ng_bulk *ng_bulk_open(rdf_env *e, const char *path);
/* Before the store is closed. */
void ng_bulk_free(ng_bulk *b);
/* After a rollback: the ids it remembers may be gone. */
void ng_bulk_forget(ng_bulk *b);
/* As librdf_model_add_statement: 0 (added, or there already), -1 (error,
 * logged in the env), or NG_BULK_LIBRDF. */
int ng_bulk_add(ng_bulk *b, librdf_statement *st);
/* As librdf_model_contains_statement: 1, 0, -1 or NG_BULK_LIBRDF. */
int ng_bulk_contains(ng_bulk *b, librdf_statement *st);
/* Whether any statement has subject s and predicate p: 1, 0, -1 or
 * NG_BULK_LIBRDF. */
int ng_bulk_has_target(ng_bulk *b, librdf_node *s, librdf_node *p);
/* Whether a statement (x p o) with x other than s exists: 1, 0, -1 or
 * NG_BULK_LIBRDF. */
int ng_bulk_has_other_subject(ng_bulk *b, librdf_node *s, librdf_node *p, librdf_node *o);

/* --- sketches.c ----------------------------------------------------- */

/* The sketches of the articles in an SQLite store (stories.h), kept in a
 * table beside librdf's, so that `load` links copies of one story that
 * different loads bring. */
typedef struct ng_sketch_store ng_sketch_store;
typedef struct ng_stories ng_stories;

/* Opens the table (made when missing) and adds the sketches of the
 * articles the store holds to stories, then journals stories' changes.
 * 0, with *out NULL for a Virtuoso server (nothing kept), or -1 (said). */
int ng_sketch_store_open(ng_sketch_store **out, rdf_env *e, const char *path, ng_stories *stories);
/* After a batch commits: writes stories' journal. 0 or -1 (said). */
int ng_sketch_store_save(ng_sketch_store *k, ng_stories *stories, const char *path);
void ng_sketch_store_close(ng_sketch_store *k);
/* The id of an article node (the 16 hex digits ending its IRI). */
uint64_t ng_article_node_id(librdf_node *art);

/* --- virtuoso.c ------------------------------------------------------ */

/* The graph a Virtuoso store's statements go in, unless
 * NEWSGRAPH_VIRTUOSO_GRAPH names another. */
#define NG_VIRTUOSO_GRAPH "https://w3id.org/newsgraph/graph"

int ng_virtuoso_spec(const char *store);
int ng_virtuoso_open(rdf_env *e, const char *spec);
char *ng_virtuoso_query_text(const rdf_env *e, const char *query, int *ask);
int ng_virtuoso_print_ask(librdf_query_results *r, int fmt);

/* --- graphs.c -------------------------------------------------------- */

/* A graph file: "-" is standard input; a name ending in .gz is gunzipped;
 * the syntax is syntax (a librdf parser name) or else the extension's. */
int ng_source_open(rdf_env *e, const char *store, ng_vec *graphs, const char *syntax, int on_disk);
/* 0 when syntax names a parser librdf has; else a message and -1. */
int ng_graph_syntax_ok(rdf_env *e, const char *syntax);
int ng_source_usage(const char *cmd, const char *store, const ng_vec *graphs);

/* --- memcopy.c ------------------------------------------------------ */

/* Copies the SQLite store at path into mem (a memstore.h storage) from
 * librdf's tables: 0 done, 1 left to librdf (mem may hold part of the
 * store then: the caller starts afresh). */
int ng_store_copy_tables(librdf_world *world, librdf_storage *mem, const char *path);

/* --- load_opts.c ----------------------------------------------------- */

typedef struct {
    const char *store, *base, *data;
    ng_vec gaz, rules;          /* --gazetteer, --rules files */
    int jobs, quiet, verbose, jsonl;
    size_t max_size;
    double budget;              /* --time-budget; -1: the default */
} ng_load_opts;

/* Parses load's options into o; -1 to go on, else the exit code (after
 * --help, or a message). */
int ng_load_parse(int argc, char **argv, ng_load_opts *o);

/* --- sparql.c -------------------------------------------------------- */

/* Limits on a query's text, checked before rasqal parses it. */
#define NG_QUERY_MAX_BYTES 262144
#define NG_QUERY_MAX_DEPTH 64       /* nested brackets: ( { [ */
#define NG_QUERY_MAX_OPERATORS 2000 /* && || + * / = ! < > */
#define NG_QUERY_MAX_GROUPS 500     /* UNIONs, and OPTIONALs, each */

/* 0 when the query is within the limits (and has no SERVICE, unless
 * allowed); else -1 and a message in err. */
int ng_sparql_check(const char *q, int allow_service, char *err, size_t errlen);
/* The query with --bind NAME=VALUE items put into its first VALUES row
 * (a new string), or NULL and a message in err. */
char *ng_sparql_bind(const char *q, const ng_vec *binds, char *err, size_t errlen);
/* p past white space and # comments. */
const char *ng_sparql_skip_space(const char *p);
/* rasqal 0.9.33 parses DESCRIBE but answers it with an empty graph, or
 * fails on a constant: newsgraph answers it itself. A DESCRIBE query is
 * rewritten into the SELECT of the terms it describes (variables
 * as they are, each constant as (TERM AS ?ng_described_N)), with the same
 * dataset, pattern and modifiers: a new string, or NULL when q is no
 * DESCRIBE. ng_print_description writes what is said of each resource. */
char *ng_sparql_describe_select(const char *q);

/* --- terms.c --------------------------------------------------------- */

const char *ng_node_iri(librdf_node *n);
const char *ng_node_lexical(librdf_node *n, size_t *len);
const char *ng_literal_datatype(librdf_node *n);
void ng_term_text(ng_buf *b, librdf_node *n, int table);
void ng_term_turtle(ng_buf *b, librdf_node *n);
void ng_term_json(ng_buf *b, librdf_node *n);
void ng_add_json_string(ng_buf *b, const char *s, size_t len);
void ng_add_json_cstring(ng_buf *b, const char *s);
void ng_add_xml_escaped(ng_buf *b, const char *s, size_t len);
void ng_term_xml(ng_buf *b, librdf_node *n);

/* --- results.c, rows.c ------------------------------------------------ */

enum { FMT_TABLE, FMT_CSV, FMT_TSV, FMT_JSON, FMT_XML };

/* A table is aligned in memory: it holds this many rows at most. */
#define NG_TABLE_MAX_ROWS 10000

typedef struct {
    int fmt;                   /* FMT_*: SELECT and ASK */
    const char *graph_format;  /* a librdf serializer: CONSTRUCT, DESCRIBE */
    size_t limit;              /* rows at most; 0: all */
    size_t table_rows;         /* rows a table holds at most (it is aligned in memory) */
    int cut;                   /* out: rows were left out (the table was full) */
} ng_result_opts;

/* Returns 0, or -1 when the query failed while giving its results. */
int ng_print_results(rdf_env *e, librdf_query_results *r, ng_result_opts *o, const char *query);
int ng_print_bindings(FILE *fp, librdf_query_results *r, ng_result_opts *o, const char *query);
/* The answer to a DESCRIBE (ng_sparql_describe_select's rows): every
 * statement whose subject is an IRI or blank node of a row, as one graph
 * in o->graph_format. Returns 0 or -1. */
int ng_print_description(rdf_env *e, librdf_query_results *r, ng_result_opts *o);
void ng_results_header(FILE *fp, int fmt, const char **names, size_t n);
void ng_results_row(FILE *fp, int fmt, const char **names, librdf_node **values, size_t n, size_t row);
void ng_results_footer(FILE *fp, int fmt, size_t rows);
void ng_print_table(FILE *fp, const char **names, size_t ncols, ng_vec *cells);

#endif
