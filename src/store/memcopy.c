/*
 * memcopy.c - an SQLite store copied into memory (memstore.h) from
 * librdf's tables, for `query`, `report` and `export`.
 *
 * librdf's own copy (librdf_model_as_stream on the SQLite storage) runs a
 * join of the triples table with the node tables and makes three nodes a
 * row, each IRI looked up again in raptor's tree of IRIs: 1.5 s for a
 * 982,000-triple store whose rows name only 160,000 distinct nodes. Here
 * each node row becomes a term once (uris, blanks, literals: an array from
 * the row id to the term id), then the triples table is read as ids. The
 * rows are read in rowid order, the order librdf's join gives them in, and
 * each column is read as librdf reads it (get_next_common in
 * rdf_storage_sqlite.c: a literal's text up to a NUL, its language, its
 * datatype's IRI; a subject or object is the IRI if its row has one, else
 * the blank node), so the model holds the same statements in the same
 * order. All in one read transaction, so a load running beside it is seen
 * whole or not at all.
 *
 * Anything this reader does not expect (a row id far beyond the rows, a
 * triple naming a node the tables lack, an SQLite error) leaves the copy
 * to librdf, which does what it always did with it (a damaged store is
 * its error). NEWSGRAPH_COPY_LIBRDF=1 always leaves it to librdf (the
 * tests compare the two).
 */
#include "store/memstore.h"
#include "store/store.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint32_t *term;   /* row id -> term id, NG_MEMSTORE_NONE where no row */
    sqlite3_int64 n;  /* row ids below n */
} id_map;

typedef struct {
    sqlite3 *db;
    librdf_world *world;
    librdf_storage *mem;
    id_map uris, blanks, literals;
    librdf_uri **dt;  /* uris row id -> its IRI, for literals' datatypes */
} copier;

static uint32_t map_get(const id_map *m, sqlite3_stmt *q, int col)
{
    if (sqlite3_column_type(q, col) != SQLITE_INTEGER)
        return NG_MEMSTORE_NONE;
    sqlite3_int64 id = sqlite3_column_int64(q, col);
    return id >= 0 && id < m->n ? m->term[id] : NG_MEMSTORE_NONE;
}

/* Sizes the map of table's row ids: -1 when they are too sparse for an
 * array (or the table is unreadable). */
static int map_init(copier *c, id_map *m, const char *table)
{
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT max(id), count(*) FROM %s", table);
    sqlite3_stmt *q = NULL;
    int rc = -1;
    if (sqlite3_prepare_v2(c->db, sql, -1, &q, NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW) {
        sqlite3_int64 max = sqlite3_column_int64(q, 0), count = sqlite3_column_int64(q, 1);
        if (max >= 0 && max < 0x7fffffff && max <= 4 * count + 65536) {
            m->n = max + 1;
            m->term = ng_xmalloc((size_t)m->n * sizeof *m->term);
            memset(m->term, 0xff, (size_t)m->n * sizeof *m->term);   /* NG_MEMSTORE_NONE */
            rc = 0;
        }
    }
    sqlite3_finalize(q);
    return rc;
}

/* The node of a row of table (columns from 1), or NULL when librdf would
 * make none. */
static librdf_node *row_node(copier *c, int table, sqlite3_stmt *q)
{
    const unsigned char *text = sqlite3_column_text(q, 1);
    if (!text)
        return NULL;
    if (table == 0)
        return librdf_new_node_from_uri_string(c->world, text);
    if (table == 1)
        return librdf_new_node_from_blank_identifier(c->world, text);
    librdf_uri *dt = NULL;
    if (sqlite3_column_type(q, 3) == SQLITE_INTEGER) {
        sqlite3_int64 id = sqlite3_column_int64(q, 3);
        dt = id >= 0 && id < c->uris.n ? c->dt[id] : NULL;   /* LEFT JOIN: no row, no datatype */
    }
    return librdf_new_node_from_typed_literal(c->world, text, (const char *)sqlite3_column_text(q, 2), dt);
}

/* Interns every row of a node table (0 uris, 1 blanks, 2 literals). */
static int read_nodes(copier *c, int table)
{
    static const char *const sql[3] = {
        "SELECT id, uri FROM uris",
        "SELECT id, blank FROM blanks",
        "SELECT id, text, language, datatype FROM literals",
    };
    id_map *m = table == 0 ? &c->uris : table == 1 ? &c->blanks : &c->literals;
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(c->db, sql[table], -1, &q, NULL) != SQLITE_OK)
        return -1;
    int step;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        sqlite3_int64 id = sqlite3_column_int64(q, 0);
        librdf_node *n = id >= 0 && id < m->n ? row_node(c, table, q) : NULL;
        if (!n)
            continue;   /* a row no triple can name through librdf: its triples fall back */
        m->term[id] = ng_memstore_term(c->mem, n);
        if (table == 0)
            c->dt[id] = librdf_new_uri_from_uri(librdf_node_get_uri(n));
        librdf_free_node(n);
    }
    sqlite3_finalize(q);
    return step == SQLITE_DONE ? 0 : -1;
}

/* Adds every triple; -1 at a node the tables lack (or an error). */
static int read_triples(copier *c)
{
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(c->db,
                           "SELECT subjectUri, subjectBlank, predicateUri, objectUri, objectBlank, objectLiteral "
                           "FROM triples",
                           -1, &q, NULL) != SQLITE_OK)
        return -1;
    int step, rc = 0;
    while (rc == 0 && (step = sqlite3_step(q)) == SQLITE_ROW) {
        uint32_t s = map_get(&c->uris, q, 0), p = map_get(&c->uris, q, 2), o = map_get(&c->uris, q, 3);
        if (s == NG_MEMSTORE_NONE)
            s = map_get(&c->blanks, q, 1);
        if (o == NG_MEMSTORE_NONE)
            o = map_get(&c->blanks, q, 4);
        if (o == NG_MEMSTORE_NONE)
            o = map_get(&c->literals, q, 5);
        if (s == NG_MEMSTORE_NONE || p == NG_MEMSTORE_NONE || o == NG_MEMSTORE_NONE ||
            ng_memstore_add_terms(c->mem, s, p, o) < 0)
            rc = -1;
    }
    sqlite3_finalize(q);
    return rc == 0 && step == SQLITE_DONE ? 0 : -1;
}

static void copier_free(copier *c)
{
    for (sqlite3_int64 i = 0; c->dt && i < c->uris.n; i++)
        if (c->dt[i])
            librdf_free_uri(c->dt[i]);
    free(c->dt);
    free(c->uris.term);
    free(c->blanks.term);
    free(c->literals.term);
    if (c->db) {
        sqlite3_exec(c->db, "COMMIT", NULL, NULL, NULL);
        sqlite3_close(c->db);
    }
}

int ng_store_copy_tables(librdf_world *world, librdf_storage *mem, const char *path)
{
    const char *force = getenv("NEWSGRAPH_COPY_LIBRDF");
    if ((force && *force && strcmp(force, "0") != 0) || ng_virtuoso_spec(path))
        return 1;
    copier c = {.world = world, .mem = mem};
    int rc = sqlite3_open_v2(path, &c.db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK ? 0 : -1;
    if (rc == 0) {
        sqlite3_busy_timeout(c.db, NG_STORE_BUSY_MS);
        rc = sqlite3_exec(c.db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
    }
    rc = rc || map_init(&c, &c.uris, "uris") || map_init(&c, &c.blanks, "blanks") ||
         map_init(&c, &c.literals, "literals");
    if (rc == 0)
        c.dt = ng_xcalloc((size_t)c.uris.n, sizeof *c.dt);
    for (int t = 0; rc == 0 && t < 3; t++)
        rc = read_nodes(&c, t);
    rc = rc || read_triples(&c);
    copier_free(&c);
    return rc == 0 ? 0 : 1;
}
