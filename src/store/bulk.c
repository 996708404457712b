/*
 * bulk.c - the rows `load` adds, written as librdf's SQLite storage writes
 * them, through prepared statements on librdf's own connection.
 *
 * librdf's SQLite storage (rdf_storage_sqlite.c, Redland 1.0.17) builds and
 * parses SQL text for every look-up and insert: adding one statement costs
 * it six to ten sqlite3_exec calls, and SQL parsing was most of `load`'s
 * time (perf: sqlite3Parser, malloc and free of the statement text). This
 * file does what librdf_model_add_statement does on that storage with the
 * same SQL prepared once:
 *
 *   - each node is looked up (uris.uri; literals.text, language, datatype,
 *     the datatype IRI looked up or added first) and added when missing, in
 *     the order subject, predicate, object, so the new rows get the ids
 *     librdf would give them;
 *   - a statement already in the triples table is skipped;
 *   - else its row goes in with the columns librdf fills (subjectUri,
 *     predicateUri, objectUri or objectLiteral; the others NULL).
 *
 * It runs on librdf's connection, inside the transaction librdf opened
 * (librdf_model_transaction_start): one connection, one transaction, so
 * librdf's own look-ups and removals see these rows, and a rollback or a
 * kill takes them away with librdf's. The rows are the ones librdf writes,
 * so librdf reads the store unchanged; tests/store_test.sh loads the same
 * corpus both ways (NEWSGRAPH_LOAD_LIBRDF=1 forces librdf's own path) and
 * compares the exports and the tables row by row.
 *
 * Statements with a blank node, and literals holding a NUL byte, are left
 * to librdf (the caller gets NG_BULK_LIBRDF); newsgraph writes neither.
 */
#include "store/store.h"

#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The head of librdf's private librdf_storage_sqlite_instance (identical in
 * Redland 1.0.17 and 2.0.18): a pointer back to the storage, then the
 * connection. ng_bulk_open checks both before use (the back pointer, and
 * the connection's file being the store's), and loads through librdf when
 * either does not hold. */
typedef struct {
    librdf_storage *storage;
    sqlite3 *db;
} librdf_sqlite_head;

enum {
    Q_URI_GET, Q_URI_ADD, Q_LIT_GET, Q_LIT_ADD, Q_HAS_URI, Q_HAS_LIT, Q_ADD_URI, Q_ADD_LIT, Q_TARGET,
    Q_OTHER_URI, Q_OTHER_LIT, Q_COUNT
};

static const char *const sql[Q_COUNT] = {
    "SELECT id FROM uris WHERE uri = ?1",
    "INSERT INTO uris (id, uri) VALUES(NULL, ?1)",
    "SELECT id FROM literals WHERE text = ?1 AND language IS ?2 AND datatype IS ?3",
    "INSERT INTO literals (id, text, language, datatype) VALUES(NULL, ?1, ?2, ?3)",
    "SELECT 1 FROM triples WHERE subjectUri = ?1 AND predicateUri = ?2 AND objectUri = ?3 LIMIT 1",
    "SELECT 1 FROM triples WHERE subjectUri = ?1 AND predicateUri = ?2 AND objectLiteral = ?3 LIMIT 1",
    "INSERT INTO triples (subjectUri, predicateUri, objectUri) VALUES(?1, ?2, ?3)",
    "INSERT INTO triples (subjectUri, predicateUri, objectLiteral) VALUES(?1, ?2, ?3)",
    "SELECT 1 FROM triples WHERE subjectUri = ?1 AND subjectBlank IS NULL AND predicateUri = ?2 LIMIT 1",
    "SELECT 1 FROM triples WHERE objectUri = ?3 AND predicateUri = ?2 AND subjectUri IS NOT ?1 LIMIT 1",
    "SELECT 1 FROM triples WHERE objectLiteral = ?3 AND predicateUri = ?2 AND subjectUri IS NOT ?1 LIMIT 1",
};

/* Node ids remembered at most; the map is emptied when full. */
#define BULK_IDS_MAX 500000
/* SQLite's page cache for the load, KiB. */
#define BULK_CACHE_KB 32768
#define NG_STR_(x) #x
#define NG_STR(x) NG_STR_(x)

struct ng_bulk {
    rdf_env *env;
    sqlite3 *db;           /* librdf's; not ours to close */
    sqlite3_stmt *q[Q_COUNT];
    ng_map *ids;           /* node key -> row id (as a pointer): rows seen or added */
    ng_buf key;
};

/* Whether db is the connection to the file at path (the same file, by
 * device and inode, whatever links lead to it). */
static int same_file(sqlite3 *db, const char *path)
{
    const char *name = sqlite3_db_filename(db, "main");
    struct stat a, b;
    return name && stat(name, &a) == 0 && stat(path, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

void ng_bulk_free(ng_bulk *b)
{
    if (!b)
        return;
    /* finalized before librdf closes the connection: sqlite3_close fails
     * while statements of it are open */
    for (int i = 0; i < Q_COUNT; i++)
        sqlite3_finalize(b->q[i]);
    if (b->ids)
        ng_map_free(b->ids);
    ng_buf_free(&b->key);
    free(b);
}

ng_bulk *ng_bulk_open(rdf_env *e, const char *path)
{
    const char *force = getenv("NEWSGRAPH_LOAD_LIBRDF");
    if ((force && *force && strcmp(force, "0") != 0) || !e->storage || ng_virtuoso_spec(path))
        return NULL;
    librdf_sqlite_head *head = librdf_storage_get_instance(e->storage);
    if (!head || head->storage != e->storage || !head->db || !same_file(head->db, path))
        return NULL;
    /* A larger page cache for this connection (SQLite's default is 2 MB):
     * the index inserts of a large load land all over the file, and with
     * 32 MB the system time of loading a million triples fell from 3.9 s
     * to 1.1 s (reads of pages back from the OS). Nothing in the file
     * changes. */
    sqlite3_exec(head->db, "PRAGMA cache_size=-" NG_STR(BULK_CACHE_KB), NULL, NULL, NULL);
    ng_bulk *b = ng_xcalloc(1, sizeof *b);
    b->env = e;
    b->db = head->db;
    b->ids = ng_map_new();
    ng_buf_init(&b->key);
    for (int i = 0; i < Q_COUNT; i++) {
        if (sqlite3_prepare_v2(b->db, sql[i], -1, &b->q[i], NULL) != SQLITE_OK) {
            ng_bulk_free(b);   /* not librdf's schema after all: librdf adds */
            return NULL;
        }
    }
    return b;
}

void ng_bulk_forget(ng_bulk *b)
{
    if (b)
        ng_map_clear(b->ids);
}

static int fail(ng_bulk *b, sqlite3_stmt *st)
{
    ng_buf_printf(&b->env->log, "newsgraph: %s: SQLite: %s\n", b->env->what ? b->env->what : "store",
                  sqlite3_errmsg(b->db));
    b->env->errors++;
    sqlite3_reset(st);
    return -1;
}

/* Steps a bound query: 1 and *id (when given) for a row, 0 for none, -1 on
 * error. The statement is reset, so none stays open to block the commit. */
static int step(ng_bulk *b, sqlite3_stmt *st, sqlite3_int64 *id)
{
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(b, st);
    if (rc == SQLITE_ROW && id)
        *id = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_ROW;
}

/* The row id of an IRI: found, added (add), or 0 when missing; -1 on error. */
static sqlite3_int64 uri_id(ng_bulk *b, const char *iri, size_t len, int add)
{
    ng_buf_clear(&b->key);
    ng_buf_addc(&b->key, 'U');
    ng_buf_add(&b->key, iri, len);
    void *have = ng_map_get(b->ids, b->key.data, b->key.len);
    if (have)
        return (sqlite3_int64)(intptr_t)have;
    sqlite3_int64 id = 0;
    sqlite3_bind_text(b->q[Q_URI_GET], 1, iri, (int)len, SQLITE_STATIC);
    int rc = step(b, b->q[Q_URI_GET], &id);
    if (rc == 0 && add) {
        sqlite3_bind_text(b->q[Q_URI_ADD], 1, iri, (int)len, SQLITE_STATIC);
        rc = step(b, b->q[Q_URI_ADD], NULL);
        id = rc < 0 ? 0 : sqlite3_last_insert_rowid(b->db);
        rc = rc < 0 ? -1 : 1;
    }
    if (rc < 0)
        return -1;
    if (rc == 0)
        return 0;
    if (ng_map_count(b->ids) >= BULK_IDS_MAX)
        ng_map_clear(b->ids);
    ng_map_put(b->ids, b->key.data, b->key.len, (void *)(intptr_t)id);
    return id;
}

static sqlite3_int64 node_uri_id(ng_bulk *b, librdf_node *n, int add)
{
    size_t len;
    const char *s = (const char *)librdf_uri_as_counted_string(librdf_node_get_uri(n), &len);
    return uri_id(b, s, len, add);
}

/* The row id of a literal, as uri_id. The datatype IRI is looked up (and
 * added) first, as librdf does. */
static sqlite3_int64 literal_id(ng_bulk *b, librdf_node *n, int add)
{
    size_t len, dlen = 0;
    const char *text = (const char *)librdf_node_get_literal_value_as_counted_string(n, &len);
    const char *lang = librdf_node_get_literal_value_language(n);
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
    const char *dts = dt ? (const char *)librdf_uri_as_counted_string(dt, &dlen) : NULL;
    sqlite3_int64 dt_id = dts ? uri_id(b, dts, dlen, add) : 0;
    if (dt_id < 0)
        return -1;
    if (dts && dt_id == 0)
        return 0;   /* an unknown datatype: no such literal */
    if (!text) {
        text = "";
        len = 0;
    }
    ng_buf_clear(&b->key);
    ng_buf_printf(&b->key, "L%lld\x01%s\x01", (long long)dt_id, lang ? lang : "\x02");
    ng_buf_add(&b->key, text, len);
    void *have = ng_map_get(b->ids, b->key.data, b->key.len);
    if (have)
        return (sqlite3_int64)(intptr_t)have;
    sqlite3_int64 id = 0;
    sqlite3_stmt *get = b->q[Q_LIT_GET], *put = b->q[Q_LIT_ADD];
    int rc = 0;
    for (int pass = 0; pass < 2 && rc == 0; pass++) {
        sqlite3_stmt *st = pass ? put : get;
        if (pass && !add)
            break;
        sqlite3_bind_text(st, 1, text, (int)len, SQLITE_STATIC);
        if (lang)
            sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
        if (dts)
            sqlite3_bind_int64(st, 3, dt_id);
        rc = step(b, st, pass ? NULL : &id);
        if (pass && rc == 0) {
            id = sqlite3_last_insert_rowid(b->db);
            rc = 1;
        }
    }
    if (rc <= 0)
        return rc;
    if (ng_map_count(b->ids) >= BULK_IDS_MAX)
        ng_map_clear(b->ids);
    ng_map_put(b->ids, b->key.data, b->key.len, (void *)(intptr_t)id);
    return id;
}

/* Whether the statement is one this file writes: an IRI subject and
 * predicate, an IRI or literal object (no NUL byte in a literal, which
 * librdf's SQL text would cut). */
static int handled(librdf_statement *st)
{
    librdf_node *s = librdf_statement_get_subject(st), *p = librdf_statement_get_predicate(st),
                *o = librdf_statement_get_object(st);
    if (!s || !p || !o || !librdf_node_is_resource(s) || !librdf_node_is_resource(p))
        return 0;
    if (librdf_node_is_resource(o))
        return 1;
    if (!librdf_node_is_literal(o))
        return 0;
    size_t len;
    const char *text = (const char *)librdf_node_get_literal_value_as_counted_string(o, &len);
    return !text || memchr(text, '\0', len) == NULL;
}

/* The ids of the statement's nodes (0: a node not in the store, when not
 * adding); -1 on error. */
static int statement_ids(ng_bulk *b, librdf_statement *st, int add, sqlite3_int64 ids[3], int *lit)
{
    librdf_node *o = librdf_statement_get_object(st);
    *lit = librdf_node_is_literal(o);
    ids[0] = node_uri_id(b, librdf_statement_get_subject(st), add);
    ids[1] = ids[0] < 0 ? -1 : node_uri_id(b, librdf_statement_get_predicate(st), add);
    ids[2] = ids[1] < 0 ? -1 : *lit ? literal_id(b, o, add) : node_uri_id(b, o, add);
    return ids[0] < 0 || ids[1] < 0 || ids[2] < 0 ? -1 : 0;
}

/* Binds the ids (0: left NULL) to q and steps it: 1, 0 or -1. */
static int step_ids(ng_bulk *b, sqlite3_stmt *q, const sqlite3_int64 ids[3])
{
    for (int i = 0; i < 3; i++)
        if (ids[i])
            sqlite3_bind_int64(q, i + 1, ids[i]);
    return step(b, q, NULL);
}

/* statement_ids for a statement this file writes, else NG_BULK_LIBRDF. */
static int ids_of(ng_bulk *b, librdf_statement *st, int add, sqlite3_int64 ids[3], int *lit)
{
    return st && handled(st) ? statement_ids(b, st, add, ids, lit) : NG_BULK_LIBRDF;
}

int ng_bulk_add(ng_bulk *b, librdf_statement *st)
{
    sqlite3_int64 ids[3];
    int lit, rc = ids_of(b, st, 1, ids, &lit);
    if (rc == 0)   /* librdf adds no statement twice */
        rc = step_ids(b, b->q[lit ? Q_HAS_LIT : Q_HAS_URI], ids);
    if (rc == 0)
        rc = step_ids(b, b->q[lit ? Q_ADD_LIT : Q_ADD_URI], ids);
    return rc == 1 ? 0 : rc;
}

int ng_bulk_contains(ng_bulk *b, librdf_statement *st)
{
    sqlite3_int64 ids[3];
    int lit, rc = ids_of(b, st, 0, ids, &lit);
    if (rc != 0)
        return rc;
    return !ids[0] || !ids[1] || !ids[2] ? 0 : step_ids(b, b->q[lit ? Q_HAS_LIT : Q_HAS_URI], ids);
}

int ng_bulk_has_target(ng_bulk *b, librdf_node *s, librdf_node *p)
{
    if (!librdf_node_is_resource(s) || !librdf_node_is_resource(p))
        return NG_BULK_LIBRDF;
    sqlite3_int64 sid = node_uri_id(b, s, 0), pid = sid > 0 ? node_uri_id(b, p, 0) : sid;
    if (sid < 0 || pid < 0)
        return -1;
    if (!sid || !pid)
        return 0;
    sqlite3_bind_int64(b->q[Q_TARGET], 1, sid);
    sqlite3_bind_int64(b->q[Q_TARGET], 2, pid);
    return step(b, b->q[Q_TARGET], NULL);
}

int ng_bulk_has_other_subject(ng_bulk *b, librdf_node *s, librdf_node *p, librdf_node *o)
{
    librdf_statement *st = librdf_new_statement_from_nodes(b->env->world, ng_node_copy(s), ng_node_copy(p),
                                                           ng_node_copy(o));
    sqlite3_int64 ids[3];
    int lit, rc = ids_of(b, st, 0, ids, &lit);
    if (st)
        librdf_free_statement(st);
    if (rc != 0)
        return rc;
    /* no statement has that predicate and object; or, for a subject not
     * in the store (left NULL), any subject is another */
    return !ids[1] || !ids[2] ? 0 : step_ids(b, b->q[lit ? Q_OTHER_LIT : Q_OTHER_URI], ids);
}
