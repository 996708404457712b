/*
 * store.c - the commands that keep the graph in an embedded store and ask
 * it questions: `load`, `query`, `export` and `stats`.
 *
 * The store is a librdf (Redland) SQLite database: one file, no server.
 * `load` extracts articles exactly as `extract` does (ng_run), writes each
 * one's facts as N-Triples into memory with an ng_writer, parses them back
 * with librdf and adds them inside one transaction per article, so a killed
 * load leaves every article either whole or absent. Loading is idempotent:
 * an article already in the store (same content hash) is skipped, and a
 * changed file (same ng:file name, new content) replaces what its older
 * version alone said; shared people, places and events reported elsewhere
 * stay. `query` and `stats` also read plain graph files into memory (-g),
 * which needs no store at all. `export` writes the store as one graph.
 *
 * librdf reports problems through a logger installed on its world; they are
 * collected in an rdf_env and printed with the name of the file (or query)
 * they concern.
 */
#include "cli.h"
#include "run.h"
#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <librdf.h>
#include <rasqal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_BASE "https://w3id.org/newsgraph/id/"
#define NS_NG "https://w3id.org/newsgraph/ns#"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define NS_XSD "http://www.w3.org/2001/XMLSchema#"

/* The prefixes every query may use without declaring them, and that IRIs
 * are shortened with in tables. */
static const char *const prefixes[][2] = {
    {"ng", NS_NG},
    {"rdf", NS_RDF},
    {"rdfs", NS_RDFS},
    {"skos", NS_SKOS},
    {"dcterms", "http://purl.org/dc/terms/"},
    {"xsd", NS_XSD},
    {"owl", "http://www.w3.org/2002/07/owl#"},
    {NULL, NULL},
};

/* ------------------------------------------------------------------ */
/* librdf: a world, a model over a storage, and the messages it logs    */
/* ------------------------------------------------------------------ */

typedef struct {
    librdf_world *world;
    librdf_storage *storage;
    librdf_model *model;
    const char *what;   /* what logged errors are about: a file name, "query" */
    ng_buf log;         /* error messages since the last env_reset_log, one a line */
    int errors;
    int first_line;     /* line of the first located error, 0 when none */
    int col_shift;      /* characters prepended to line 1 (query prefixes) */
} rdf_env;

/* Keeps errors for the caller, who knows whether they matter and what file
 * they are about; warnings (rasqal's remarks on unused variables and the
 * like) are not failures and are dropped. */
static int on_log(void *arg, librdf_log_message *m)
{
    rdf_env *e = arg;
    if (librdf_log_message_level(m) < LIBRDF_LOG_ERROR)
        return 1;
    e->errors++;
    ng_buf_printf(&e->log, "newsgraph: %s", e->what ? e->what : "librdf");
    raptor_locator *loc = librdf_log_message_locator(m);
    if (loc && loc->line > 0) {
        ng_buf_printf(&e->log, ": line %d", loc->line);
        int col = loc->column;
        if (loc->line == 1 && col >= 0)
            col -= e->col_shift;
        if (col >= 0)
            ng_buf_printf(&e->log, ", column %d", col + 1);
        if (!e->first_line)
            e->first_line = loc->line;
    }
    const char *msg = librdf_log_message_message(m);
    ng_buf_printf(&e->log, ": %s\n", msg ? msg : "unknown error");
    return 1;
}

static void env_reset_log(rdf_env *e, const char *what)
{
    ng_buf_clear(&e->log);
    e->errors = 0;
    e->first_line = 0;
    e->what = what;
}

/* Prints what librdf logged, or the fallback when it said nothing. */
static void env_print_log(rdf_env *e, const char *fallback)
{
    if (e->log.len)
        fputs(e->log.data, stderr);
    else
        fprintf(stderr, "newsgraph: %s: %s\n", e->what ? e->what : "librdf", fallback);
}

static int env_open(rdf_env *e)
{
    memset(e, 0, sizeof *e);
    ng_buf_init(&e->log);
    e->world = librdf_new_world();
    if (!e->world) {
        fprintf(stderr, "newsgraph: cannot start librdf\n");
        return -1;
    }
    librdf_world_set_logger(e->world, e, on_log);
    librdf_world_open(e->world);
    return 0;
}

/* Frees in dependency order: the model before its storage, both before
 * the world that made them. */
static void env_close(rdf_env *e)
{
    if (e->model)
        librdf_free_model(e->model);
    if (e->storage)
        librdf_free_storage(e->storage);
    if (e->world)
        librdf_free_world(e->world);
    ng_buf_free(&e->log);
    memset(e, 0, sizeof *e);
}

static librdf_node *uri_node(rdf_env *e, const char *iri)
{
    return librdf_new_node_from_uri_string(e->world, (const unsigned char *)iri);
}

static librdf_node *node_copy(librdf_node *n)
{
    return n ? librdf_new_node_from_node(n) : NULL;
}

/* ------------------------------------------------------------------ */
/* The SQLite file: checked before librdf touches it                    */
/* ------------------------------------------------------------------ */

/* librdf's schema, as rdf_storage_sqlite.c creates it. */
static const char *const store_probe =
    "SELECT id, uri FROM uris LIMIT 0; SELECT id, blank FROM blanks LIMIT 0;"
    "SELECT id, text, language, datatype FROM literals LIMIT 0;"
    "SELECT subjectUri, subjectBlank, predicateUri, objectUri, objectBlank, objectLiteral, contextUri "
    "FROM triples LIMIT 0;";

/* Whether path holds librdf's tables. Opening an SQLite file and reading
 * its schema writes nothing, so a file that is something else is left
 * exactly as it was. */
static int store_valid(const char *path)
{
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, store_probe, NULL, NULL, NULL);
    if (rc == SQLITE_NOTADB)
        fprintf(stderr, "newsgraph: %s: not a store (not an SQLite database)\n", path);
    else if (rc == SQLITE_ERROR)
        fprintf(stderr, "newsgraph: %s: not a store (an SQLite database without librdf's tables)\n", path);
    else if (rc != SQLITE_OK)
        fprintf(stderr, "newsgraph: %s: cannot open store: %s\n", path, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : -1;
}

/* The directory a new store file would go in must already exist: a typo
 * in the path should not create directories or stray files. */
static int store_dir_exists(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir = slash ? ng_xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : ng_xstrdup(".");
    struct stat sb;
    int ok = stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode);
    if (!ok)
        fprintf(stderr, "newsgraph: %s: cannot create store: directory %s does not exist\n", path, dir);
    free(dir);
    return ok;
}

/* What store_check found. */
enum { STORE_EXISTS, STORE_MISSING, STORE_EMPTY };

/* Checks a store before use. create: a missing (or empty) file may become
 * a new store; *is_new says which (STORE_MISSING or STORE_EMPTY). */
static int store_check(const char *path, int create, int *is_new)
{
    struct stat sb;
    *is_new = STORE_EXISTS;
    if (stat(path, &sb) != 0) {
        if (errno != ENOENT || !create) {
            fprintf(stderr, "newsgraph: %s: no such store: %s\n", path, strerror(errno));
            return -1;
        }
        if (!store_dir_exists(path))
            return -1;
        *is_new = STORE_MISSING;
        return 0;
    }
    if (!S_ISREG(sb.st_mode)) {
        fprintf(stderr, "newsgraph: %s: not a store (not a regular file)\n", path);
        return -1;
    }
    if (sb.st_size == 0 && create) {
        *is_new = STORE_EMPTY;   /* an empty file (mktemp) is an empty SQLite database */
        return 0;
    }
    return store_valid(path);
}

/* librdf's schema has no index on literal text, which makes every literal
 * lookup a table scan and loading quadratic (DEPENDENCY-NOTES.md); and none
 * on triple objects, which `load` searches by (ng:file "...", ng:statedIn
 * <article>, ...). The object indexes carry predicate and subject too:
 * SQLite prefers them for the exact lookups librdf makes before every add
 * (subject, predicate, object), and an index on the object alone would send
 * those through every triple that mentions, say, a country. IF NOT EXISTS:
 * cheap on every load. */
static int store_add_indexes(const char *path)
{
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db,
                          "CREATE INDEX IF NOT EXISTS literals_text ON literals(text);"
                          "CREATE INDEX IF NOT EXISTS triples_by_object_literal "
                          "ON triples(objectLiteral, predicateUri, subjectUri);"
                          "CREATE INDEX IF NOT EXISTS triples_by_object_uri "
                          "ON triples(objectUri, predicateUri, subjectUri);",
                          NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        fprintf(stderr, "newsgraph: %s: cannot index the store: %s\n", path,
                db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : -1;
}

static int store_attach(rdf_env *e, const char *path, const char *options)
{
    env_reset_log(e, path);
    e->storage = librdf_new_storage(e->world, "sqlite", path, options);
    if (e->storage)
        e->model = librdf_new_model(e->world, e->storage, NULL);
    if (!e->model) {
        env_print_log(e, "cannot open the store");
        return -1;
    }
    return 0;
}

static void store_detach(rdf_env *e)
{
    if (e->model)
        librdf_free_model(e->model);
    if (e->storage)
        librdf_free_storage(e->storage);
    e->model = NULL;
    e->storage = NULL;
}

/* Opens a checked store. A new one is created by librdf (its tables), then
 * closed and reopened once indexed, so that librdf never has a schema
 * change happen under its open connection. synchronous='off': no fsync per
 * transaction; SQLite's journal still makes each transaction atomic when
 * the process is killed. */
static int store_open(rdf_env *e, const char *path, int is_new, int index)
{
    if (is_new) {
        if (store_attach(e, path, "new='yes',synchronous='off'") != 0)
            return -1;
        store_detach(e);
    }
    if (index && store_add_indexes(path) != 0)
        return -1;
    return store_attach(e, path, "synchronous='off'");
}

/* ------------------------------------------------------------------ */
/* Graph files read into memory (-g)                                   */
/* ------------------------------------------------------------------ */

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

/* The syntax of a graph file, from its name; Turtle unless it says else. */
static const char *graph_syntax(const char *path)
{
    if (ends_with(path, ".nt") || ends_with(path, ".ntriples"))
        return "ntriples";
    if (ends_with(path, ".nq") || ends_with(path, ".nquads"))
        return "nquads";
    if (ends_with(path, ".rdf") || ends_with(path, ".owl") || ends_with(path, ".xml"))
        return "rdfxml";
    return "turtle";
}

static int graph_parse(rdf_env *e, const char *path)
{
    FILE *fp = fopen(path, "rb");
    struct stat sb;
    if (!fp || fstat(fileno(fp), &sb) != 0 || S_ISDIR(sb.st_mode)) {
        fprintf(stderr, "newsgraph: %s: cannot read graph file: %s\n", path, fp ? "a directory" : strerror(errno));
        if (fp)
            fclose(fp);
        return -1;
    }
    env_reset_log(e, path);
    librdf_parser *p = librdf_new_parser(e->world, graph_syntax(path), NULL, NULL);
    librdf_uri *base = librdf_new_uri_from_filename(e->world, path);
    int rc = p && base ? librdf_parser_parse_file_handle_into_model(p, fp, 0, base, e->model) : -1;
    fclose(fp);
    if (rc != 0 || e->errors) {
        env_print_log(e, "cannot parse the graph");
        rc = -1;
    }
    if (base)
        librdf_free_uri(base);
    if (p)
        librdf_free_parser(p);
    return rc;
}

/* An empty model in memory. librdf's "trees" storage, not "hashes": rasqal
 * asks for triples with one or two terms bound, which the hashes storage
 * answers by walking every triple it holds (the canned meetings query took
 * 206 s on a 118,000-triple graph with "hashes", 2 s with "trees"). */
static int memory_open(rdf_env *e)
{
    e->storage = librdf_new_storage(e->world, "trees", NULL, NULL);
    if (e->storage)
        e->model = librdf_new_model(e->world, e->storage, NULL);
    if (!e->model) {
        fprintf(stderr, "newsgraph: cannot make an in-memory graph\n");
        return -1;
    }
    return 0;
}

/* Reads graph files, each in the syntax its name says, into one model in
 * memory. */
static int graphs_open(rdf_env *e, char **files, size_t n)
{
    if (memory_open(e) != 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (graph_parse(e, files[i]) != 0)
            return -1;
    return 0;
}

/* Replaces the store's model by a copy in memory. rasqal evaluates a query
 * as nested loops of triple look-ups, and each look-up in the SQLite
 * storage is an SQL query: the canned meetings query took 14.7 s on a
 * 118,000-triple store, and much less on a copy. */
static int store_to_memory(rdf_env *e, const char *path)
{
    librdf_model *disk = e->model;
    librdf_storage *disk_storage = e->storage;
    e->model = NULL;
    e->storage = NULL;
    int rc = memory_open(e);
    librdf_stream *all = rc == 0 ? librdf_model_as_stream(disk) : NULL;
    if (rc == 0 && (!all || librdf_model_add_statements(e->model, all) != 0)) {
        fprintf(stderr, "newsgraph: %s: cannot read the store into memory\n", path);
        rc = -1;
    }
    if (all)
        librdf_free_stream(all);
    librdf_free_model(disk);
    librdf_free_storage(disk_storage);
    return rc;
}

/* The model query and stats read: a store (-s), copied into memory unless
 * on_disk, or graph files (-g). */
static int source_open(rdf_env *e, const char *store, ng_vec *graphs, int on_disk)
{
    if (store) {
        int is_new;
        if (store_check(store, 0, &is_new) != 0 || store_open(e, store, 0, 0) != 0)
            return -1;
        return on_disk ? 0 : store_to_memory(e, store);
    }
    return graphs_open(e, (char **)graphs->items, graphs->len);
}

/* Both or neither of -s and -g is a usage error; returns 0 when fine. */
static int source_usage(const char *cmd, const char *store, const ng_vec *graphs)
{
    if (!store == !graphs->len) {
        fprintf(stderr, "newsgraph %s: give either -s STORE or -g GRAPH_FILE...\n", cmd);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Statements: finding, copying, removing                              */
/* ------------------------------------------------------------------ */

static void statements_free(ng_vec *v)
{
    for (size_t i = 0; i < v->len; i++)
        librdf_free_statement(v->items[i]);
    ng_vec_free(v);
    memset(v, 0, sizeof *v);
}

static void nodes_free(ng_vec *v)
{
    for (size_t i = 0; i < v->len; i++)
        librdf_free_node(v->items[i]);
    ng_vec_free(v);
    memset(v, 0, sizeof *v);
}

/* Copies of the statements matching (s p o), NULL matching anything, are
 * appended to out. Copies, because changing a store while one of its
 * streams is open is not defined. The nodes are borrowed. */
static int find_into(rdf_env *e, librdf_node *s, librdf_node *p, librdf_node *o, ng_vec *out)
{
    librdf_statement *pat = librdf_new_statement_from_nodes(e->world, node_copy(s), node_copy(p), node_copy(o));
    librdf_stream *st = pat ? librdf_model_find_statements(e->model, pat) : NULL;
    if (!st) {
        if (pat)
            librdf_free_statement(pat);
        return -1;
    }
    for (; !librdf_stream_end(st); librdf_stream_next(st))
        ng_vec_push(out, librdf_new_statement_from_statement(librdf_stream_get_object(st)));
    librdf_free_stream(st);
    librdf_free_statement(pat);
    return 0;
}

/* Whether any statement matches (s p o). */
static int exists(rdf_env *e, librdf_node *s, librdf_node *p, librdf_node *o)
{
    librdf_statement *pat = librdf_new_statement_from_nodes(e->world, node_copy(s), node_copy(p), node_copy(o));
    librdf_stream *st = librdf_model_find_statements(e->model, pat);
    int found = st && !librdf_stream_end(st);
    if (st)
        librdf_free_stream(st);
    librdf_free_statement(pat);
    return found;
}

/* Copies of the subjects of the statements (? p o). */
static int subjects_into(rdf_env *e, librdf_node *p, librdf_node *o, ng_vec *out)
{
    ng_vec sts = {0};
    int rc = find_into(e, NULL, p, o, &sts);
    for (size_t i = 0; i < sts.len; i++)
        ng_vec_push(out, librdf_new_node_from_node(librdf_statement_get_subject(sts.items[i])));
    statements_free(&sts);
    return rc;
}

static int remove_all(rdf_env *e, ng_vec *sts)
{
    for (size_t i = 0; i < sts->len; i++)
        if (librdf_model_remove_statement(e->model, sts->items[i]) != 0)
            return -1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* load                                                                 */
/* ------------------------------------------------------------------ */

/* The terms load reasons about. */
enum {
    V_TYPE, V_ARTICLE, V_FILE, V_LABEL, V_ALT_LABEL, V_DATE, V_LOCATION, V_STATED_IN, V_IN_ARTICLE,
    V_EVIDENCE, V_REPORTED_IN, V_ATTESTED_IN, V_EVENT, V_POSITION, V_COUNT
};

static const char *const vocab_iris[V_COUNT] = {
    NS_RDF "type",       NS_NG "Article",   NS_NG "file",       NS_RDFS "label",
    NS_SKOS "altLabel",  NS_NG "date",      NS_NG "location",   NS_NG "statedIn",
    NS_NG "inArticle",   NS_NG "evidence",  NS_NG "reportedIn", NS_NG "attestedIn",
    NS_NG "Event",       NS_NG "Position",
};

typedef struct {
    rdf_env env;
    const char *path;
    const char *base;
    librdf_parser *parser;      /* reads the N-Triples, reused for every article */
    ng_writer *writer;          /* writes them, restarted for every article */
    librdf_uri *base_uri;
    librdf_node *v[V_COUNT];
    int verbose;
    int failed;
    size_t added, replaced, unchanged, triples;
} load_ctx;

static void load_ctx_free(load_ctx *c)
{
    for (int i = 0; i < V_COUNT; i++)
        if (c->v[i])
            librdf_free_node(c->v[i]);
    if (c->base_uri)
        librdf_free_uri(c->base_uri);
    if (c->parser)
        librdf_free_parser(c->parser);
    ng_writer_free(c->writer);
    env_close(&c->env);
}

/* One article's facts as N-Triples, in memory; the caller frees them. The
 * writer starts afresh for every article, so that every article carries
 * all the triples about the entities it mentions (whatever earlier
 * articles said). */
static char *article_ntriples(load_ctx *c, const ng_article *a, size_t *len)
{
    char *buf = NULL, err[512] = "";
    size_t n = 0;
    FILE *fp = open_memstream(&buf, &n);
    if (!fp)
        return NULL;
    int ok = c->writer ? ng_writer_restart(c->writer, fp) == NG_OK
                       : ng_writer_new(&c->writer, "ntriples", c->base, fp, err, sizeof err) == NG_OK;
    ok = ok && ng_writer_add(c->writer, a) == NG_OK;
    /* finished even after a failure: the writer must let go of fp */
    ok = c->writer && ng_writer_finish(c->writer) == NG_OK && ok;
    if (fclose(fp) != 0)
        ok = 0;
    if (!ok) {
        fprintf(stderr, "newsgraph: %s\n", *err ? err : "cannot serialize an article");
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* The article's statements, through a librdf parser. */
static int article_statements(load_ctx *c, const ng_article *a, const char *name, ng_vec *out)
{
    size_t len = 0;
    char *nt = article_ntriples(c, a, &len);
    if (!nt)
        return -1;
    env_reset_log(&c->env, name);
    librdf_stream *st = librdf_parser_parse_counted_string_as_stream(c->parser, (unsigned char *)nt, len, c->base_uri);
    int rc = st ? 0 : -1;
    for (; st && !librdf_stream_end(st); librdf_stream_next(st))
        ng_vec_push(out, librdf_new_statement_from_statement(librdf_stream_get_object(st)));
    if (st)
        librdf_free_stream(st);
    free(nt);
    if (rc != 0 || c->env.errors) {
        env_print_log(&c->env, "cannot parse the article's triples");
        return -1;
    }
    return 0;
}

/* Events and positions that no article reports or attests any more go,
 * with every triple about them or pointing at them. */
static int remove_orphans(load_ctx *c, ng_vec *touched)
{
    rdf_env *e = &c->env;
    for (size_t i = 0; i < touched->len; i++) {
        librdf_node *x = touched->items[i];
        if (exists(e, x, c->v[V_REPORTED_IN], NULL) || exists(e, x, c->v[V_ATTESTED_IN], NULL))
            continue;
        if (!exists(e, x, c->v[V_TYPE], c->v[V_EVENT]) && !exists(e, x, c->v[V_TYPE], c->v[V_POSITION]))
            continue;
        ng_vec doomed = {0};
        int rc = find_into(e, x, NULL, NULL, &doomed) | find_into(e, NULL, NULL, x, &doomed);
        if (!rc)
            rc = remove_all(e, &doomed);
        statements_free(&doomed);
        if (rc)
            return -1;
    }
    return 0;
}

/* Gathers the facts an article brought: its own triples, its claims and
 * evidence whole, and the links from events and positions to it (those
 * nodes are remembered in touched). */
static int gather_article(load_ctx *c, librdf_node *old, ng_vec *doomed, ng_vec *touched)
{
    rdf_env *e = &c->env;
    ng_vec claims = {0}, evidence = {0};
    int rc = find_into(e, old, NULL, NULL, doomed);
    rc |= subjects_into(e, c->v[V_STATED_IN], old, &claims);
    rc |= subjects_into(e, c->v[V_IN_ARTICLE], old, &evidence);
    for (size_t i = 0; !rc && i < claims.len; i++)
        rc |= find_into(e, claims.items[i], NULL, NULL, doomed);
    for (size_t i = 0; !rc && i < evidence.len; i++) {
        rc |= find_into(e, evidence.items[i], NULL, NULL, doomed);
        rc |= subjects_into(e, c->v[V_EVIDENCE], evidence.items[i], touched);
        rc |= find_into(e, NULL, c->v[V_EVIDENCE], evidence.items[i], doomed);
    }
    if (!rc) {
        rc |= subjects_into(e, c->v[V_REPORTED_IN], old, touched);
        rc |= subjects_into(e, c->v[V_ATTESTED_IN], old, touched);
        rc |= find_into(e, NULL, c->v[V_REPORTED_IN], old, doomed);
        rc |= find_into(e, NULL, c->v[V_ATTESTED_IN], old, doomed);
    }
    nodes_free(&claims);
    nodes_free(&evidence);
    return rc;
}

/* Removes an older version of an article: what it alone said. People and
 * places, and what other articles said, stay. */
static int remove_article(load_ctx *c, librdf_node *old)
{
    ng_vec doomed = {0}, touched = {0};
    int rc = gather_article(c, old, &doomed, &touched);
    if (!rc)
        rc = remove_all(&c->env, &doomed);
    if (!rc)
        rc = remove_orphans(c, &touched);
    statements_free(&doomed);
    nodes_free(&touched);
    return rc;
}

/* Removes every other article that came from the same file; returns how
 * many there were, or -1. */
static int remove_versions(load_ctx *c, librdf_node *art, librdf_node *file)
{
    ng_vec olds = {0};
    int rc = subjects_into(&c->env, c->v[V_FILE], file, &olds), n = 0;
    for (size_t i = 0; !rc && i < olds.len; i++) {
        if (librdf_node_equals(olds.items[i], art))
            continue;
        rc = remove_article(c, olds.items[i]);
        n++;
    }
    nodes_free(&olds);
    return rc ? -1 : n;
}

/* The statement to add in place of st, or NULL for none: an entity keeps
 * its first rdfs:label (later different ones become skos:altLabel), and an
 * event its first date and place. *made: the result is new (caller frees). */
static librdf_statement *statement_to_add(load_ctx *c, librdf_statement *st, int *made)
{
    rdf_env *e = &c->env;
    *made = 0;
    if (librdf_model_contains_statement(e->model, st))
        return NULL;
    librdf_node *s = librdf_statement_get_subject(st), *p = librdf_statement_get_predicate(st);
    int is_label = librdf_node_equals(p, c->v[V_LABEL]);
    if (!is_label && !librdf_node_equals(p, c->v[V_DATE]) && !librdf_node_equals(p, c->v[V_LOCATION]))
        return st;
    librdf_node *have = librdf_model_get_target(e->model, s, p);
    if (!have)
        return st;
    librdf_free_node(have);
    if (!is_label)
        return NULL;
    librdf_statement *alt = librdf_new_statement_from_nodes(
        e->world, node_copy(s), node_copy(c->v[V_ALT_LABEL]), node_copy(librdf_statement_get_object(st)));
    if (librdf_model_contains_statement(e->model, alt)) {
        librdf_free_statement(alt);
        return NULL;
    }
    *made = 1;
    return alt;
}

static int add_statements(load_ctx *c, ng_vec *sts, size_t *added)
{
    for (size_t i = 0; i < sts->len; i++) {
        int made;
        librdf_statement *st = statement_to_add(c, sts->items[i], &made);
        if (!st)
            continue;
        int rc = librdf_model_add_statement(c->env.model, st);
        if (made)
            librdf_free_statement(st);
        if (rc != 0)
            return -1;
        (*added)++;
    }
    return 0;
}

/* The ng:file literal among an article's statements (borrowed). */
static librdf_node *article_file(load_ctx *c, librdf_node *art, ng_vec *sts)
{
    for (size_t i = 0; i < sts->len; i++) {
        librdf_statement *st = sts->items[i];
        if (librdf_node_equals(librdf_statement_get_predicate(st), c->v[V_FILE]) &&
            librdf_node_equals(librdf_statement_get_subject(st), art))
            return librdf_statement_get_object(st);
    }
    return NULL;
}

/* Whether an article's name says which document it is, so that another
 * article under the same name is an older version of it. Standard input
 * ("-", and "-:LINE" for its JSON Lines) is a different document on every
 * run: replacing by that name would delete unrelated articles. */
static int name_identifies(const char *name)
{
    return strcmp(name, "-") != 0 && strncmp(name, "-:", 2) != 0;
}

/* Replaces older versions and adds the article, all in one transaction. */
static int store_article(load_ctx *c, librdf_node *art, ng_vec *sts, const char *name)
{
    rdf_env *e = &c->env;
    env_reset_log(e, c->path);
    if (librdf_model_transaction_start(e->model) != 0) {
        env_print_log(e, "cannot start a transaction");
        return -1;
    }
    librdf_node *file = name_identifies(name) ? article_file(c, art, sts) : NULL;
    int replaced = file ? remove_versions(c, art, file) : 0;
    size_t added = 0;
    int rc = replaced < 0 ? -1 : add_statements(c, sts, &added);
    if (rc == 0 && librdf_model_transaction_commit(e->model) != 0)
        rc = -1;
    if (rc != 0) {
        librdf_model_transaction_rollback(e->model);
        env_print_log(e, "cannot add an article; the store keeps what it had");
        return -1;
    }
    c->triples += added;
    if (replaced)
        c->replaced++;
    else
        c->added++;
    if (c->verbose)
        fprintf(stderr, "%s: %s, %zu triples\n", name, replaced ? "replaced" : "added", added);
    return 0;
}

static int on_load_article(const ng_article *a, const ng_item *item, void *arg)
{
    load_ctx *c = arg;
    ng_buf iri;
    ng_buf_init(&iri);
    ng_buf_printf(&iri, "%sarticle/%.16s", c->base, ng_article_sha256(a));
    librdf_node *art = uri_node(&c->env, iri.data);
    ng_buf_free(&iri);
    int rc = 0;
    if (exists(&c->env, art, c->v[V_TYPE], c->v[V_ARTICLE])) {
        c->unchanged++;   /* the same bytes are in already */
        if (c->verbose)
            fprintf(stderr, "%s: unchanged\n", item->name);
    } else {
        ng_vec sts = {0};
        rc = article_statements(c, a, item->name, &sts);
        if (!rc)
            rc = store_article(c, art, &sts, item->name);
        statements_free(&sts);
    }
    librdf_free_node(art);
    if (rc)
        c->failed = 1;
    return rc;
}

static int load_ctx_init(load_ctx *c, const char *path, const char *base, int is_new)
{
    c->path = path;
    c->base = base;
    if (env_open(&c->env) != 0 || store_open(&c->env, path, is_new, 1) != 0)
        return -1;
    /* N-Triples is a subset of Turtle, and raptor 2.0.15's own N-Triples
     * parser leaks a reference to every datatype IRI it reads (valgrind:
     * "definitely lost" in raptor); its Turtle parser reads the same text
     * into the same statements without the leak. */
    c->parser = librdf_new_parser(c->env.world, "turtle", NULL, NULL);
    c->base_uri = librdf_new_uri(c->env.world, (const unsigned char *)base);
    for (int i = 0; i < V_COUNT; i++)
        c->v[i] = uri_node(&c->env, vocab_iris[i]);
    if (!c->parser || !c->base_uri) {
        fprintf(stderr, "newsgraph: cannot make an N-Triples parser\n");
        return -1;
    }
    return 0;
}

static void load_usage(FILE *fp)
{
    fprintf(fp,
            "usage: newsgraph load -s STORE [options] INPUT...\n"
            "\n"
            "Extracts the articles (as 'newsgraph extract' does) into STORE, an SQLite\n"
            "file made by librdf; it is created when it does not exist. Each article is\n"
            "added in one transaction. Loading again is safe: an article already in the\n"
            "store is skipped, and a changed file replaces its older version's facts\n"
            "(articles read from standard input never replace others).\n"
            "\n"
            "  -s, --store FILE  the store (its directory must exist)\n"
            "  --base IRI        instance namespace (default %s)\n"
            "  --gazetteer FILE  more known entities, Turtle (repeatable)\n"
            "  --data DIR        data directory (default: $NEWSGRAPH_DATA or the built-in one)\n"
            "  -j N              extraction threads (default: the number of cores)\n"
            "  --jsonl           standard input is JSON Lines (see 'newsgraph extract --help')\n"
            "  --max-size BYTES  skip larger articles with a warning (default 16000000)\n"
            "  -q, -v            quiet (no summary, no warnings), verbose (a line per article)\n"
            "\n"
            "Exit status: 0 done; 1 done, but some inputs were skipped; 2 bad usage;\n"
            "3 no article could be read; 4 data or store failure.\n",
            DEFAULT_BASE);
}

typedef struct {
    const char *store, *base, *data;
    ng_vec gaz;
    int jobs, quiet, verbose, jsonl;
    size_t max_size;
} load_opts;

/* Returns -1 to go on, else the exit code. */
static int load_parse(int argc, char **argv, load_opts *o)
{
    static const struct option opts[] = {
        {"store", required_argument, 0, 's'},  {"base", required_argument, 0, 'b'},
        {"gazetteer", required_argument, 0, 'g'}, {"data", required_argument, 0, 'd'},
        {"jobs", required_argument, 0, 'j'},   {"quiet", no_argument, 0, 'q'},
        {"verbose", no_argument, 0, 'v'},      {"help", no_argument, 0, 'h'},
        {"jsonl", no_argument, 0, 'J'},        {"max-size", required_argument, 0, 'M'},
        {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "s:j:qvh", opts, NULL)) != -1) {
        switch (c) {
        case 's': o->store = optarg; break;
        case 'b': o->base = optarg; break;
        case 'g': ng_vec_push(&o->gaz, optarg); break;
        case 'd': o->data = optarg; break;
        case 'j': o->jobs = atoi(optarg); break;
        case 'q': o->quiet = 1; break;
        case 'v': o->verbose = 1; break;
        case 'J': o->jsonl = 1; break;
        case 'M': o->max_size = (size_t)strtoull(optarg, NULL, 10); break;
        case 'h': load_usage(stdout); return NG_EXIT_OK;
        default: load_usage(stderr); return NG_EXIT_USAGE;
        }
    }
    const char *problem = !o->store ? "no -s STORE given"
                          : optind >= argc ? "no INPUT given"
                          : o->jobs < 1 || o->jobs > 256 || o->max_size == 0
                              ? "-j takes 1 to 256 and --max-size a positive size"
                              : NULL;
    if (problem) {
        fprintf(stderr, "newsgraph load: %s\n\n", problem);
        load_usage(stderr);
        return NG_EXIT_USAGE;
    }
    return -1;
}

static void load_summary(load_ctx *c, const ng_run_stats *st)
{
    int n = librdf_model_size(c->env.model);
    fprintf(stderr,
            "newsgraph: %zu articles (%zu skipped): %zu added, %zu replaced, %zu unchanged; "
            "%zu triples added, ",
            st->articles, st->skipped, c->added, c->replaced, c->unchanged, c->triples);
    if (n >= 0)
        fprintf(stderr, "%d triples in %s\n", n, c->path);
    else
        fprintf(stderr, "store %s\n", c->path);
}

/* Extraction into an open store; returns the exit code. */
static int load_run(load_opts *o, ng_kb *kb, ng_inputs *in, int is_new)
{
    load_ctx c;
    memset(&c, 0, sizeof c);
    c.verbose = o->verbose;
    int code = NG_EXIT_FAIL;
    if (load_ctx_init(&c, o->store, o->base, is_new) == 0) {
        ng_run_opts ro = {o->jobs, o->quiet, !o->quiet && isatty(2) && !o->verbose};
        ng_run_stats st;
        ng_run(kb, in, &ro, on_load_article, &c, &st);
        code = c.failed ? NG_EXIT_FAIL
               : st.articles == 0 ? NG_EXIT_INPUT
               : st.skipped ? NG_EXIT_PARTIAL
                            : NG_EXIT_OK;
        if (code == NG_EXIT_INPUT)
            fprintf(stderr, "newsgraph: no article could be read\n");
        if (!o->quiet && !c.failed)
            load_summary(&c, &st);
    }
    load_ctx_free(&c);
    /* a store this run created and could not fill is not left behind */
    if (is_new == STORE_MISSING && (code == NG_EXIT_FAIL || code == NG_EXIT_INPUT) && c.added == 0)
        unlink(o->store);
    return code;
}

int ng_cmd_load(int argc, char **argv)
{
    load_opts o = {.base = DEFAULT_BASE, .jobs = (int)sysconf(_SC_NPROCESSORS_ONLN), .max_size = 16000000};
    int code = load_parse(argc, argv, &o), is_new = 0;
    if (code >= 0 || store_check(o.store, 1, &is_new) != 0) {
        ng_vec_free(&o.gaz);
        return code >= 0 ? code : NG_EXIT_FAIL;
    }
    char err[1024];
    ng_kb *kb = NULL;
    int rc = ng_kb_open(&kb, ng_cli_data_dir(o.data), (const char *const *)o.gaz.items, o.gaz.len, err, sizeof err);
    ng_vec_free(&o.gaz);
    if (rc) {
        fprintf(stderr, "newsgraph: %s\n", err);
        return NG_EXIT_FAIL;
    }
    ng_inputs *in = NULL;
    if (ng_inputs_open(&in, argv + optind, (size_t)(argc - optind), o.max_size, o.jsonl, err, sizeof err)) {
        fprintf(stderr, "newsgraph: %s\n", err);
        ng_kb_close(kb);
        return NG_EXIT_INPUT;
    }
    code = load_run(&o, kb, in, is_new);
    ng_inputs_close(in);
    ng_kb_close(kb);
    return code;
}

/* ------------------------------------------------------------------ */
/* Writing terms                                                        */
/* ------------------------------------------------------------------ */

static const char *node_iri(librdf_node *n)
{
    return (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
}

static const char *node_lexical(librdf_node *n, size_t *len)
{
    const char *s = (const char *)librdf_node_get_literal_value_as_counted_string(n, len);
    if (!s) {
        *len = 0;
        return "";
    }
    return s;
}

static const char *literal_datatype(librdf_node *n)
{
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
    return dt ? (const char *)librdf_uri_as_string(dt) : NULL;
}

/* Whether s can follow "prefix:" in a prefixed name (a conservative test:
 * letters, digits, '_', '-' and inner '.'). */
static int local_name_ok(const char *s)
{
    if (!*s)
        return 1;
    for (const char *p = s; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-' && !(*p == '.' && p[1]))
            return 0;
    return *s != '-' && *s != '.';
}

/* An IRI as a prefixed name where a predeclared prefix fits, else <IRI>. */
static void iri_short(ng_buf *b, const char *iri)
{
    for (int i = 0; prefixes[i][0]; i++) {
        size_t n = strlen(prefixes[i][1]);
        if (strncmp(iri, prefixes[i][1], n) == 0 && local_name_ok(iri + n)) {
            ng_buf_printf(b, "%s:%s", prefixes[i][0], iri + n);
            return;
        }
    }
    ng_buf_printf(b, "<%s>", iri);
}

/* For the table: control characters shown escaped, so a row stays a line. */
static void add_visible(ng_buf *b, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\n')
            ng_buf_adds(b, "\\n");
        else if (ch == '\t')
            ng_buf_adds(b, "\\t");
        else if (ch == '\r')
            ng_buf_adds(b, "\\r");
        else if (ch < 0x20 || ch == 0x7f)
            ng_buf_printf(b, "\\x%02x", ch);
        else
            ng_buf_addc(b, (char)ch);
    }
}

/* A value as text: in a table cell (shortened IRIs, control characters
 * made visible), or bare as SPARQL 1.1 CSV writes it; blank nodes _:x. */
static void term_text(ng_buf *b, librdf_node *n, int table)
{
    if (!n)
        return;
    if (librdf_node_is_resource(n)) {
        if (table)
            iri_short(b, node_iri(n));
        else
            ng_buf_adds(b, node_iri(n));
    } else if (librdf_node_is_blank(n)) {
        ng_buf_printf(b, "_:%s", (const char *)librdf_node_get_blank_identifier(n));
    } else {
        size_t len;
        const char *s = node_lexical(n, &len);
        if (table)
            add_visible(b, s, len);
        else
            ng_buf_add(b, s, len);
    }
}

/* A string in Turtle's double quotes. */
static void add_turtle_string(ng_buf *b, const char *s, size_t len)
{
    ng_buf_addc(b, '"');
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        switch (ch) {
        case '"': ng_buf_adds(b, "\\\""); break;
        case '\\': ng_buf_adds(b, "\\\\"); break;
        case '\n': ng_buf_adds(b, "\\n"); break;
        case '\r': ng_buf_adds(b, "\\r"); break;
        case '\t': ng_buf_adds(b, "\\t"); break;
        default: ng_buf_addc(b, ch);
        }
    }
    ng_buf_addc(b, '"');
}

/* TSV value (SPARQL 1.1 TSV): terms in Turtle syntax. */
static void term_turtle(ng_buf *b, librdf_node *n)
{
    if (!n)
        return;
    if (librdf_node_is_resource(n)) {
        ng_buf_printf(b, "<%s>", node_iri(n));
    } else if (librdf_node_is_blank(n)) {
        ng_buf_printf(b, "_:%s", (const char *)librdf_node_get_blank_identifier(n));
    } else {
        size_t len;
        const char *s = node_lexical(n, &len);
        add_turtle_string(b, s, len);
        const char *lang = librdf_node_get_literal_value_language(n), *dt = literal_datatype(n);
        if (lang && *lang)
            ng_buf_printf(b, "@%s", lang);
        else if (dt)
            ng_buf_printf(b, "^^<%s>", dt);
    }
}

static void add_json_string(ng_buf *b, const char *s, size_t len)
{
    ng_buf_addc(b, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        switch (ch) {
        case '"': ng_buf_adds(b, "\\\""); break;
        case '\\': ng_buf_adds(b, "\\\\"); break;
        case '\n': ng_buf_adds(b, "\\n"); break;
        case '\r': ng_buf_adds(b, "\\r"); break;
        case '\t': ng_buf_adds(b, "\\t"); break;
        case '\b': ng_buf_adds(b, "\\b"); break;
        case '\f': ng_buf_adds(b, "\\f"); break;
        default:
            if (ch < 0x20)
                ng_buf_printf(b, "\\u%04x", ch);
            else
                ng_buf_addc(b, (char)ch);
        }
    }
    ng_buf_addc(b, '"');
}

static void add_json_cstring(ng_buf *b, const char *s)
{
    add_json_string(b, s, strlen(s));
}

/* A term as a SPARQL 1.1 Query Results JSON object. */
static void term_json(ng_buf *b, librdf_node *n)
{
    if (librdf_node_is_resource(n)) {
        ng_buf_adds(b, "{\"type\":\"uri\",\"value\":");
        add_json_cstring(b, node_iri(n));
    } else if (librdf_node_is_blank(n)) {
        ng_buf_adds(b, "{\"type\":\"bnode\",\"value\":");
        add_json_cstring(b, (const char *)librdf_node_get_blank_identifier(n));
    } else {
        size_t len;
        const char *s = node_lexical(n, &len);
        const char *lang = librdf_node_get_literal_value_language(n), *dt = literal_datatype(n);
        ng_buf_adds(b, "{\"type\":\"literal\",\"value\":");
        add_json_string(b, s, len);
        if (lang && *lang) {
            ng_buf_adds(b, ",\"xml:lang\":");
            add_json_cstring(b, lang);
        } else if (dt) {
            ng_buf_adds(b, ",\"datatype\":");
            add_json_cstring(b, dt);
        }
    }
    ng_buf_addc(b, '}');
}

/* ------------------------------------------------------------------ */
/* Query results                                                        */
/* ------------------------------------------------------------------ */

enum { FMT_TABLE, FMT_CSV, FMT_TSV, FMT_JSON };

/* A CSV field, quoted when it holds a separator, quote or line break. */
static void add_csv_field(ng_buf *b, const char *s, size_t len)
{
    if (!memchr(s, ',', len) && !memchr(s, '"', len) && !memchr(s, '\n', len) && !memchr(s, '\r', len)) {
        ng_buf_add(b, s, len);
        return;
    }
    ng_buf_addc(b, '"');
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"')
            ng_buf_addc(b, '"');
        ng_buf_addc(b, s[i]);
    }
    ng_buf_addc(b, '"');
}

/* Display width: UTF-8 code points (continuation bytes do not count). */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

/* Adds s to a table line, padded to the column width plus a gap. */
static void add_padded(ng_buf *line, const char *s, size_t w)
{
    ng_buf_adds(line, s);
    for (size_t k = width(s); k < w + 2; k++)
        ng_buf_addc(line, ' ');
}

/* Writes a table line without the padding that trails its last cell. */
static void put_line(FILE *fp, ng_buf *line)
{
    while (line->len && line->data[line->len - 1] == ' ')
        line->data[--line->len] = '\0';
    fprintf(fp, "%s\n", line->data ? line->data : "");
    ng_buf_clear(line);
}

/* An aligned table: a header, a rule, a row a line; cells hold ncols * rows. */
static void print_table(FILE *fp, const char **names, size_t ncols, ng_vec *cells)
{
    size_t *w = ng_xcalloc(ncols ? ncols : 1, sizeof *w);
    for (size_t i = 0; i < ncols; i++)
        w[i] = width(names[i]);
    for (size_t i = 0; i < cells->len; i++) {
        size_t k = width(cells->items[i]);
        if (k > w[i % ncols])
            w[i % ncols] = k;
    }
    ng_buf line;
    ng_buf_init(&line);
    for (size_t i = 0; i < ncols; i++)
        add_padded(&line, names[i], w[i]);
    put_line(fp, &line);
    for (size_t i = 0; i < ncols; i++) {
        for (size_t k = 0; k < w[i]; k++)
            ng_buf_addc(&line, '-');
        ng_buf_adds(&line, "  ");
    }
    put_line(fp, &line);
    for (size_t i = 0; i < cells->len; i++) {
        add_padded(&line, cells->items[i], w[i % ncols]);
        if (i % ncols + 1 == ncols)
            put_line(fp, &line);
    }
    ng_buf_free(&line);
    free(w);
}

static void results_header(FILE *fp, int fmt, const char **names, size_t n)
{
    ng_buf b;
    ng_buf_init(&b);
    if (fmt == FMT_JSON) {
        ng_buf_adds(&b, "{\"head\":{\"vars\":[");
        for (size_t i = 0; i < n; i++) {
            if (i)
                ng_buf_addc(&b, ',');
            add_json_cstring(&b, names[i]);
        }
        ng_buf_adds(&b, "]},\"results\":{\"bindings\":[\n");
    } else if (fmt == FMT_CSV || fmt == FMT_TSV) {
        for (size_t i = 0; i < n; i++) {
            if (i)
                ng_buf_addc(&b, fmt == FMT_CSV ? ',' : '\t');
            if (fmt == FMT_TSV)
                ng_buf_addc(&b, '?');
            if (fmt == FMT_CSV)
                add_csv_field(&b, names[i], strlen(names[i]));
            else
                ng_buf_adds(&b, names[i]);
        }
        ng_buf_adds(&b, fmt == FMT_CSV ? "\r\n" : "\n");
    }
    fputs(b.data ? b.data : "", fp);
    ng_buf_free(&b);
}

/* One row of CSV, TSV or JSON; values[i] NULL when unbound. */
static void results_row(FILE *fp, int fmt, const char **names, librdf_node **values, size_t n, size_t row)
{
    ng_buf b, cell;
    ng_buf_init(&b);
    ng_buf_init(&cell);
    if (fmt == FMT_JSON) {
        ng_buf_adds(&b, row ? ",\n{" : "{");
        int first = 1;
        for (size_t i = 0; i < n; i++) {
            if (!values[i])
                continue;   /* unbound: absent from the binding */
            if (!first)
                ng_buf_addc(&b, ',');
            first = 0;
            add_json_cstring(&b, names[i]);
            ng_buf_addc(&b, ':');
            term_json(&b, values[i]);
        }
        ng_buf_addc(&b, '}');
    } else {
        for (size_t i = 0; i < n; i++) {
            if (i)
                ng_buf_addc(&b, fmt == FMT_CSV ? ',' : '\t');
            ng_buf_clear(&cell);
            if (fmt == FMT_CSV) {
                term_text(&cell, values[i], 0);
                add_csv_field(&b, cell.data ? cell.data : "", cell.len);
            } else {
                term_turtle(&b, values[i]);
            }
        }
        ng_buf_adds(&b, fmt == FMT_CSV ? "\r\n" : "\n");
    }
    fputs(b.data, fp);
    ng_buf_free(&b);
    ng_buf_free(&cell);
}

static void results_footer(FILE *fp, int fmt, size_t rows)
{
    if (fmt == FMT_JSON)
        fputs(rows ? "\n]}}\n" : "]}}\n", fp);
}

static void quiet_log(void *data, raptor_log_message *msg)
{
    (void)data;
    (void)msg;
}

/* librdf names a SELECT's variables only once there is a row: for an empty
 * answer they come from rasqal parsing the query text again, so that a
 * program still gets its header. */
static void select_names(const char *query, ng_vec *out)
{
    rasqal_world *rw = rasqal_new_world();
    if (!rw || rasqal_world_open(rw)) {
        rasqal_free_world(rw);
        return;
    }
    rasqal_world_set_log_handler(rw, NULL, quiet_log);
    rasqal_query *q = rasqal_new_query(rw, "sparql", NULL);
    if (q && rasqal_query_prepare(q, (const unsigned char *)query, NULL) == 0) {
        raptor_sequence *vars = rasqal_query_get_bound_variable_sequence(q);
        for (int i = 0; vars && i < raptor_sequence_size(vars); i++) {
            rasqal_variable *v = raptor_sequence_get_at(vars, i);
            if (v && v->name)
                ng_vec_push(out, ng_xstrdup((const char *)v->name));
        }
    }
    if (q)
        rasqal_free_query(q);
    rasqal_free_world(rw);
}

/* Prints variable bindings; returns 0, or -1 when the query failed while
 * producing them. */
static int print_bindings(FILE *fp, librdf_query_results *r, int fmt, const char *query)
{
    int n = librdf_query_results_get_bindings_count(r);
    ng_vec parsed = {0};
    if (n <= 0 && query)
        select_names(query, &parsed);
    size_t ncols = n > 0 ? (size_t)n : parsed.len, rows = 0;
    const char **names = ng_xcalloc(ncols + 1, sizeof *names);
    librdf_node **values = ng_xcalloc(ncols + 1, sizeof *values);
    for (size_t i = 0; i < ncols; i++)
        names[i] = n > 0 ? librdf_query_results_get_binding_name(r, (int)i) : parsed.items[i];
    if (n <= 0 && ncols && !librdf_query_results_finished(r))
        ncols = 0; /* rows without names: never seen, but never read past */
    ng_vec cells = {0};
    if (fmt != FMT_TABLE)
        results_header(fp, fmt, names, ncols);
    for (; !librdf_query_results_finished(r); librdf_query_results_next(r), rows++) {
        for (size_t i = 0; i < ncols; i++)
            values[i] = librdf_query_results_get_binding_value(r, (int)i);
        if (fmt == FMT_TABLE) {
            for (size_t i = 0; i < ncols; i++) {
                ng_buf cell;
                ng_buf_init(&cell);
                term_text(&cell, values[i], 1);
                ng_vec_push(&cells, cell.data ? ng_buf_steal(&cell) : ng_xstrdup(""));
            }
        } else {
            results_row(fp, fmt, names, values, ncols, rows);
        }
        for (size_t i = 0; i < ncols; i++)
            if (values[i])
                librdf_free_node(values[i]);
    }
    if (fmt == FMT_TABLE)
        print_table(fp, names, ncols, &cells);
    else
        results_footer(fp, fmt, rows);
    for (size_t i = 0; i < cells.len; i++)
        free(cells.items[i]);
    ng_vec_free(&cells);
    for (size_t i = 0; i < parsed.len; i++)
        free(parsed.items[i]);
    ng_vec_free(&parsed);
    free(values);
    free(names);
    return 0;
}

static void set_namespaces(rdf_env *e, librdf_serializer *ser, const char *base)
{
    for (int i = 0; prefixes[i][0]; i++) {
        librdf_uri *u = librdf_new_uri(e->world, (const unsigned char *)prefixes[i][1]);
        librdf_serializer_set_namespace(ser, u, prefixes[i][0]);
        librdf_free_uri(u);
    }
    if (!base)
        return;
    static const char *const kinds[] = {"article", "person", "place", "position", "meeting", "forum",
                                        "claim", "evidence", NULL};
    librdf_uri *b = librdf_new_uri(e->world, (const unsigned char *)base);
    librdf_serializer_set_namespace(ser, b, "id");
    librdf_free_uri(b);
    for (int i = 0; kinds[i]; i++) {
        ng_buf iri;
        ng_buf_init(&iri);
        ng_buf_printf(&iri, "%s%s/", base, kinds[i]);
        librdf_uri *u = librdf_new_uri(e->world, (const unsigned char *)iri.data);
        librdf_serializer_set_namespace(ser, u, kinds[i]);
        librdf_free_uri(u);
        ng_buf_free(&iri);
    }
}

/* CONSTRUCT and DESCRIBE results, as Turtle. */
static int print_graph(FILE *fp, rdf_env *e, librdf_query_results *r)
{
    librdf_serializer *ser = librdf_new_serializer(e->world, "turtle", NULL, NULL);
    librdf_stream *st = librdf_query_results_as_stream(r);
    int rc = -1;
    if (ser && st) {
        set_namespaces(e, ser, DEFAULT_BASE);
        rc = librdf_serializer_serialize_stream_to_file_handle(ser, fp, NULL, st);
    }
    if (st)
        librdf_free_stream(st);
    if (ser)
        librdf_free_serializer(ser);
    return rc ? -1 : 0;
}

static int print_results(rdf_env *e, librdf_query_results *r, int fmt, const char *query)
{
    if (librdf_query_results_is_boolean(r)) {
        int v = librdf_query_results_get_boolean(r);
        if (v < 0)
            return -1;
        if (fmt == FMT_JSON)
            printf("{\"head\":{},\"boolean\":%s}\n", v ? "true" : "false");
        else
            printf("%s\n", v ? "true" : "false");
        return 0;
    }
    if (librdf_query_results_is_graph(r))
        return print_graph(stdout, e, r);
    return print_bindings(stdout, r, fmt, query);
}

/* ------------------------------------------------------------------ */
/* query                                                                */
/* ------------------------------------------------------------------ */

/* Whether the query declares the prefix itself ("PREFIX name:"). */
static int declares_prefix(const char *q, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = q; *p; p++) {
        if (strncasecmp(p, "prefix", 6) != 0 || (p > q && (isalnum((unsigned char)p[-1]) || p[-1] == '_')))
            continue;
        const char *s = p + 6;
        if (!isspace((unsigned char)*s))
            continue;
        while (isspace((unsigned char)*s))
            s++;
        if (strncmp(s, name, n) == 0 && s[n] == ':')
            return 1;
    }
    return 0;
}

/* The query with the predeclared prefixes it lacks, all on its first
 * line, so that the line numbers in error messages are the user's. */
static char *query_with_prefixes(const char *q, int *shift)
{
    ng_buf b;
    ng_buf_init(&b);
    for (int i = 0; prefixes[i][0]; i++)
        if (!declares_prefix(q, prefixes[i][0]))
            ng_buf_printf(&b, "PREFIX %s: <%s> ", prefixes[i][0], prefixes[i][1]);
    *shift = (int)b.len;
    ng_buf_adds(&b, q);
    return ng_buf_steal(&b);
}

/* Prints line n of the query under an error message, to show where. */
static void print_query_line(const char *q, int n)
{
    for (int line = 1; *q && line < n; q++)
        if (*q == '\n')
            line++;
    size_t len = strcspn(q, "\n");
    if (*q || n == 1)
        fprintf(stderr, "  %d | %.*s\n", n, (int)len, q);
}

static char *read_file(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        fprintf(stderr, "newsgraph: %s: cannot read query: %s\n", path, strerror(errno));
        return NULL;
    }
    ng_buf b;
    ng_buf_init(&b);
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        ng_buf_add(&b, chunk, n);
    int bad = ferror(fp);
    fclose(fp);
    if (bad) {
        fprintf(stderr, "newsgraph: %s: cannot read query\n", path);
        ng_buf_free(&b);
        return NULL;
    }
    return b.data ? ng_buf_steal(&b) : ng_xstrdup("");
}

/* Whether the query is a DESCRIBE: the keyword as a word, anywhere (a
 * hint is all this decides). */
static int is_describe(const char *q)
{
    for (const char *p = q; *p; p++)
        if (strncasecmp(p, "describe", 8) == 0 && (p == q || !isalnum((unsigned char)p[-1])) &&
            !isalnum((unsigned char)p[8]))
            return 1;
    return 0;
}

/* Runs the SPARQL text over the model and prints the results; returns the
 * exit code. */
static int run_query(rdf_env *e, const char *text, int fmt)
{
    int shift;
    char *full = query_with_prefixes(text, &shift);
    env_reset_log(e, "query");
    e->col_shift = shift;
    librdf_query *q = librdf_new_query(e->world, "sparql", NULL, (const unsigned char *)full, NULL);
    librdf_query_results *r = q ? librdf_query_execute(q, e->model) : NULL;
    int code = NG_EXIT_OK;
    if (!q || (!r && e->errors)) {
        /* rasqal parses when the query is made, or at the latest when run */
        env_print_log(e, "malformed SPARQL");
        if (e->first_line)
            print_query_line(text, e->first_line);
        code = NG_EXIT_USAGE;
    } else if (!r || print_results(e, r, fmt, full) != 0 || e->errors) {
        env_print_log(e, "the query failed");
        code = NG_EXIT_FAIL;
    }
    if (code != NG_EXIT_USAGE && is_describe(text))
        fprintf(stderr, "newsgraph: note: rasqal does not describe resources (DESCRIBE gives an empty graph "
                        "or fails); CONSTRUCT { <IRI> ?p ?o } WHERE { <IRI> ?p ?o } does\n");
    if (code != NG_EXIT_USAGE && (fflush(stdout) != 0 || ferror(stdout))) {
        fprintf(stderr, "newsgraph: standard output: write error: %s\n", strerror(errno));
        code = NG_EXIT_FAIL;
    }
    if (r)
        librdf_free_query_results(r);
    if (q)
        librdf_free_query(q);
    free(full);
    return code;
}

static void query_usage(FILE *fp)
{
    fprintf(fp,
            "usage: newsgraph query (-s STORE | -g GRAPH_FILE...) (QUERY_FILE | -e SPARQL)\n"
            "                       [--format table|csv|tsv|json]\n"
            "\n"
            "Runs a SPARQL query over a store made by 'newsgraph load', or over graph\n"
            "files read into memory (Turtle; N-Triples for .nt, N-Quads for .nq, RDF/XML\n"
            "for .rdf and .owl). The prefixes ng: rdf: rdfs: skos: dcterms: xsd: owl: are\n"
            "declared unless the query declares them itself.\n"
            "\n"
            "  -s, --store FILE   the store; read into memory first (about 0.6 KB a\n"
            "                     triple), since rasqal answers far faster from memory\n"
            "  --on-disk          query the store where it is, for stores too large\n"
            "                     for memory (slower: an SQL query per triple look-up)\n"
            "  -g, --graph FILE   a graph file (repeatable)\n"
            "  -e, --expression SPARQL  the query text\n"
            "  --format FORMAT    for SELECT: table (default; IRIs shortened), csv, tsv\n"
            "                     (SPARQL 1.1 CSV/TSV), json (SPARQL 1.1 results JSON).\n"
            "                     ASK prints true or false; CONSTRUCT, Turtle. (rasqal\n"
            "                     answers DESCRIBE with an empty graph: use CONSTRUCT.)\n"
            "\n"
            "Exit status: 0 done; 2 bad usage or malformed SPARQL; 4 the store, a graph\n"
            "file or the query file could not be read, or the query failed.\n");
}

static int format_code(const char *s)
{
    static const char *const names[] = {"table", "csv", "tsv", "json", NULL};
    for (int i = 0; names[i]; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

typedef struct {
    const char *store, *expr, *format;
    ng_vec graphs;
    int on_disk;
} query_opts;

/* Returns -1 to go on, else the exit code. */
static int query_parse(int argc, char **argv, query_opts *o)
{
    static const struct option opts[] = {
        {"store", required_argument, 0, 's'}, {"graph", required_argument, 0, 'g'},
        {"expression", required_argument, 0, 'e'}, {"format", required_argument, 0, 'F'},
        {"on-disk", no_argument, 0, 'D'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "s:g:e:h", opts, NULL)) != -1) {
        switch (c) {
        case 's': o->store = optarg; break;
        case 'g': ng_vec_push(&o->graphs, optarg); break;
        case 'e': o->expr = optarg; break;
        case 'F': o->format = optarg; break;
        case 'D': o->on_disk = 1; break;
        case 'h': query_usage(stdout); return NG_EXIT_OK;
        default: query_usage(stderr); return NG_EXIT_USAGE;
        }
    }
    int nfiles = argc - optind;
    const char *problem = format_code(o->format) < 0                ? "--format takes table, csv, tsv or json"
                          : (o->expr ? nfiles != 0 : nfiles != 1) ? "give one QUERY_FILE or -e SPARQL"
                                                                    : NULL;
    if (problem || source_usage("query", o->store, &o->graphs) != 0) {
        if (problem)
            fprintf(stderr, "newsgraph query: %s\n", problem);
        fputc('\n', stderr);
        query_usage(stderr);
        return NG_EXIT_USAGE;
    }
    return -1;
}

int ng_cmd_query(int argc, char **argv)
{
    query_opts o = {.format = "table"};
    int code = query_parse(argc, argv, &o);
    if (code >= 0) {
        ng_vec_free(&o.graphs);
        return code;
    }
    char *text = o.expr ? ng_xstrdup(o.expr) : read_file(argv[optind]);
    rdf_env e;
    code = NG_EXIT_FAIL;
    if (text && env_open(&e) == 0) {
        if (source_open(&e, o.store, &o.graphs, o.on_disk) == 0)
            code = run_query(&e, text, format_code(o.format));
        env_close(&e);
    }
    free(text);
    ng_vec_free(&o.graphs);
    return code;
}

/* ------------------------------------------------------------------ */
/* export                                                               */
/* ------------------------------------------------------------------ */

static void export_usage(FILE *fp)
{
    fprintf(fp,
            "usage: newsgraph export -s STORE [-f FORMAT] [-o FILE]\n"
            "\n"
            "Writes the whole store as one graph.\n"
            "\n"
            "  -s, --store FILE  the store\n"
            "  -f FORMAT         turtle (default), ntriples, rdfxml, rdfxml-abbrev, json, ...\n"
            "  -o FILE           write here (default: standard output); written to a\n"
            "                    temporary file and renamed when complete\n"
            "  --base IRI        instance namespace, for prefixes (default %s)\n"
            "\n"
            "Exit status: 0 done; 2 bad usage; 4 store or output failure.\n",
            DEFAULT_BASE);
}

/* Serializes the store's model to out; returns the exit code. */
static int export_model(rdf_env *e, const char *format, const char *base, const char *out)
{
    if (!librdf_serializer_check_name(e->world, format)) {
        fprintf(stderr, "newsgraph export: unknown format '%s'\n", format);
        return NG_EXIT_USAGE;
    }
    librdf_serializer *ser = librdf_new_serializer(e->world, format, NULL, NULL);
    ng_outfile of;
    if (!ser || ng_outfile_open(&of, out) != 0) {
        if (ser)
            librdf_free_serializer(ser);
        return NG_EXIT_FAIL;
    }
    set_namespaces(e, ser, base);
    env_reset_log(e, out ? out : "standard output");
    int rc = librdf_serializer_serialize_model_to_file_handle(ser, of.fp, NULL, e->model);
    librdf_free_serializer(ser);
    if (rc != 0 || e->errors) {
        env_print_log(e, "cannot write the graph");
        ng_outfile_abort(&of);
        return NG_EXIT_FAIL;
    }
    return ng_outfile_commit(&of) == 0 ? NG_EXIT_OK : NG_EXIT_FAIL;
}

int ng_cmd_export(int argc, char **argv)
{
    const char *store = NULL, *format = "turtle", *out = NULL, *base = DEFAULT_BASE;
    static const struct option opts[] = {
        {"store", required_argument, 0, 's'}, {"format", required_argument, 0, 'f'},
        {"output", required_argument, 0, 'o'}, {"base", required_argument, 0, 'b'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "s:f:o:h", opts, NULL)) != -1) {
        switch (c) {
        case 's': store = optarg; break;
        case 'f': format = optarg; break;
        case 'o': out = optarg; break;
        case 'b': base = optarg; break;
        case 'h': export_usage(stdout); return NG_EXIT_OK;
        default: export_usage(stderr); return NG_EXIT_USAGE;
        }
    }
    if (!store || optind < argc) {
        fprintf(stderr, "newsgraph export: %s\n\n", store ? "unexpected arguments" : "no -s STORE given");
        export_usage(stderr);
        return NG_EXIT_USAGE;
    }
    int is_new, code = NG_EXIT_FAIL;
    rdf_env e;
    if (store_check(store, 0, &is_new) != 0 || env_open(&e) != 0)
        return NG_EXIT_FAIL;
    if (store_open(&e, store, 0, 0) == 0)
        code = export_model(&e, format, base, out);
    env_close(&e);
    return code;
}

/* ------------------------------------------------------------------ */
/* stats                                                                */
/* ------------------------------------------------------------------ */

enum { S_ARTICLES, S_PEOPLE, S_PLACES, S_POSITIONS, S_MEETINGS, S_FORUMS, S_CLAIMS, S_COUNT };

static const char *const stat_names[S_COUNT] = {"articles", "people",   "places", "positions",
                                                "meetings", "forums", "claims"};

/* The classes counted, and the count each adds to. */
static const struct {
    const char *iri;
    int stat;
} stat_classes[] = {
    {NS_NG "Article", S_ARTICLES}, {NS_NG "Person", S_PEOPLE},      {NS_NG "Place", S_PLACES},
    {NS_NG "Country", S_PLACES},   {NS_NG "Region", S_PLACES},      {NS_NG "City", S_PLACES},
    {NS_NG "Position", S_POSITIONS}, {NS_NG "Meeting", S_MEETINGS}, {NS_NG "Forum", S_FORUMS},
    {NS_NG "EconomicClaim", S_CLAIMS}, {NS_NG "Claim", S_CLAIMS},   {NULL, 0},
};

/* Files a typed subject under its class's count; a map per count, because
 * a place typed both ng:Country and ng:Place counts once. */
static void stats_type(ng_map **seen, librdf_statement *st)
{
    librdf_node *o = librdf_statement_get_object(st), *s = librdf_statement_get_subject(st);
    if (!librdf_node_is_resource(o))
        return;
    const char *cls = node_iri(o);
    for (int i = 0; stat_classes[i].iri; i++) {
        if (strcmp(cls, stat_classes[i].iri) != 0)
            continue;
        ng_buf key;
        ng_buf_init(&key);
        if (librdf_node_is_blank(s))
            ng_buf_printf(&key, "_:%s", (const char *)librdf_node_get_blank_identifier(s));
        else
            ng_buf_adds(&key, node_iri(s));
        ng_map_put(seen[stat_classes[i].stat], key.data, key.len, (void *)1);
        ng_buf_free(&key);
    }
}

/* One pass over every statement: the triple count and the typed subjects. */
static int stats_count(rdf_env *e, FILE *fp)
{
    librdf_stream *st = librdf_model_as_stream(e->model);
    if (!st) {
        env_print_log(e, "cannot read the statements");
        return NG_EXIT_FAIL;
    }
    librdf_node *type = uri_node(e, NS_RDF "type");
    ng_map *seen[S_COUNT];
    for (int i = 0; i < S_COUNT; i++)
        seen[i] = ng_map_new();
    size_t triples = 0;
    for (; !librdf_stream_end(st); librdf_stream_next(st), triples++) {
        librdf_statement *s = librdf_stream_get_object(st);
        if (librdf_node_equals(librdf_statement_get_predicate(s), type))
            stats_type(seen, s);
    }
    librdf_free_stream(st);
    librdf_free_node(type);
    for (int i = 0; i < S_COUNT; i++) {
        fprintf(fp, "%s %zu\n", stat_names[i], ng_map_count(seen[i]));
        ng_map_free(seen[i]);
    }
    fprintf(fp, "triples %zu\n", triples);
    return NG_EXIT_OK;
}

static void stats_usage(FILE *fp)
{
    fprintf(fp,
            "usage: newsgraph stats (-s STORE | -g GRAPH_FILE...)\n"
            "\n"
            "Counts what a store or graph files hold, one \"name count\" a line: articles,\n"
            "people, places (ng:Place, ng:Country, ng:Region or ng:City), positions,\n"
            "meetings, forums, claims, and triples.\n"
            "\n"
            "  -s, --store FILE  the store\n"
            "  -g, --graph FILE  a graph file (repeatable; Turtle, or by extension .nt .nq .rdf)\n"
            "\n"
            "Exit status: 0 done; 2 bad usage; 4 the store or a graph file could not be read.\n");
}

int ng_cmd_stats(int argc, char **argv)
{
    const char *store = NULL;
    ng_vec graphs = {0};
    static const struct option opts[] = {
        {"store", required_argument, 0, 's'}, {"graph", required_argument, 0, 'g'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "s:g:h", opts, NULL)) != -1) {
        switch (c) {
        case 's': store = optarg; break;
        case 'g': ng_vec_push(&graphs, optarg); break;
        case 'h': stats_usage(stdout); ng_vec_free(&graphs); return NG_EXIT_OK;
        default: stats_usage(stderr); ng_vec_free(&graphs); return NG_EXIT_USAGE;
        }
    }
    if (optind < argc || source_usage("stats", store, &graphs) != 0) {
        if (optind < argc)
            fprintf(stderr, "newsgraph stats: unexpected arguments\n");
        fputc('\n', stderr);
        stats_usage(stderr);
        ng_vec_free(&graphs);
        return NG_EXIT_USAGE;
    }
    rdf_env e;
    int code = NG_EXIT_FAIL;
    if (env_open(&e) == 0) {
        if (source_open(&e, store, &graphs, 1) == 0)
            code = stats_count(&e, stdout);
        env_close(&e);
    }
    ng_vec_free(&graphs);
    if (code == NG_EXIT_OK && (fflush(stdout) != 0 || ferror(stdout))) {
        fprintf(stderr, "newsgraph: standard output: write error: %s\n", strerror(errno));
        code = NG_EXIT_FAIL;
    }
    return code;
}
