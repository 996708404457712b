/*
 * sketches.c - the sketches of the articles in a store, kept beside the
 * graph, so that `load` links a new article to the copies of its story
 * that earlier loads brought (stories.h).
 *
 * The graph holds no sketch (it would add a triple to every article of
 * every output). An SQLite store keeps them in a table of its own,
 * newsgraph_sketch (article id, 128-byte sketch), which librdf does not
 * read. The table is written on a connection of this file's own, after
 * each batch commits (librdf's transaction holds the file's write lock
 * until then), from the journal of what the batch added and removed.
 * Reading it, sketches of articles the store no longer holds are left
 * out, so a load killed between the two commits leaves no stale pair; an
 * article committed without its sketch is not linked to copies loaded
 * later (docs/reliability.md). A Virtuoso server keeps no sketches:
 * copies are linked within one load.
 */
#include "store/store.h"
#include "stories.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

struct ng_sketch_store {
    sqlite3 *db;
};

/* The id of an article node: the 16 hex digits ending its IRI. */
uint64_t ng_article_node_id(librdf_node *art)
{
    const char *s = (const char *)librdf_uri_as_string(librdf_node_get_uri(art));
    size_t n = strlen(s);
    return n >= 16 ? strtoull(s + n - 16, NULL, 16) : 0;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The ids of the articles the store holds, sorted; *n how many. */
static uint64_t *stored_articles(rdf_env *e, size_t *n)
{
    librdf_node *type = ng_uri_node(e, NG_NS_RDF "type"), *article = ng_uri_node(e, NG_NS "Article");
    librdf_iterator *it = librdf_model_get_sources(e->model, type, article);
    uint64_t *ids = NULL;
    size_t cap = 0;
    *n = 0;
    for (; it && !librdf_iterator_end(it); librdf_iterator_next(it)) {
        librdf_node *s = librdf_iterator_get_object(it);
        if (!librdf_node_is_resource(s))
            continue;
        if (*n == cap) {
            cap = cap ? 2 * cap : 256;
            ids = ng_xrealloc(ids, cap * sizeof *ids);
        }
        ids[(*n)++] = ng_article_node_id(s);
    }
    if (it)
        librdf_free_iterator(it);
    librdf_free_node(type);
    librdf_free_node(article);
    if (*n)
        qsort(ids, *n, sizeof *ids, cmp_u64);
    return ids;
}

static int exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

/* Adds the stored sketches of the articles the store holds to stories. */
static int read_sketches(ng_sketch_store *k, rdf_env *e, ng_stories *stories)
{
    size_t n;
    uint64_t *ids = stored_articles(e, &n);
    sqlite3_stmt *q = NULL;
    int rc = sqlite3_prepare_v2(k->db, "SELECT article, sketch FROM newsgraph_sketch ORDER BY rowid", -1, &q, NULL);
    while (rc == SQLITE_OK && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        uint64_t id = (uint64_t)sqlite3_column_int64(q, 0);
        const void *blob = sqlite3_column_blob(q, 1);
        ng_sketch sk;
        if (sqlite3_column_bytes(q, 1) != (int)sizeof sk.v || !blob || !bsearch(&id, ids, n, sizeof *ids, cmp_u64)) {
            rc = SQLITE_OK;
            continue;
        }
        memcpy(sk.v, blob, sizeof sk.v);
        uint64_t *same = NULL;
        ng_stories_add(stories, id, &sk, &same);
        free(same);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(q);
    free(ids);
    return rc == SQLITE_DONE ? 0 : -1;
}

int ng_sketch_store_open(ng_sketch_store **out, rdf_env *e, const char *path, ng_stories *stories)
{
    *out = NULL;
    if (ng_virtuoso_spec(path))
        return 0;
    ng_sketch_store *k = ng_xcalloc(1, sizeof *k);
    int ok = sqlite3_open_v2(path, &k->db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK;
    if (ok)
        sqlite3_busy_timeout(k->db, 30000);
    ok = ok && exec(k->db, "CREATE TABLE IF NOT EXISTS newsgraph_sketch"
                           " (article INTEGER PRIMARY KEY, sketch BLOB NOT NULL)") == 0;
    ok = ok && read_sketches(k, e, stories) == 0;
    if (!ok) {
        fprintf(stderr, "newsgraph: %s: cannot read the article sketches: %s\n", path,
                k->db ? sqlite3_errmsg(k->db) : "out of memory");
        ng_sketch_store_close(k);
        return -1;
    }
    ng_stories_journal(stories, 1);
    *out = k;
    return 0;
}

void ng_sketch_store_close(ng_sketch_store *k)
{
    if (!k)
        return;
    sqlite3_close(k->db);
    free(k);
}

static int write_change(sqlite3_stmt *put, sqlite3_stmt *del, const ng_story_change *c)
{
    sqlite3_stmt *q = c->gone ? del : put;
    sqlite3_reset(q);
    sqlite3_bind_int64(q, 1, (sqlite3_int64)c->id);
    if (!c->gone)
        sqlite3_bind_blob(q, 2, c->sketch.v, (int)sizeof c->sketch.v, SQLITE_STATIC);
    return sqlite3_step(q) == SQLITE_DONE ? 0 : -1;
}

int ng_sketch_store_save(ng_sketch_store *k, ng_stories *stories, const char *path)
{
    size_t n;
    ng_story_change *ch = ng_stories_take(stories, &n);
    if (!k || n == 0) {
        free(ch);
        return 0;
    }
    sqlite3_stmt *put = NULL, *del = NULL;
    int rc = exec(k->db, "BEGIN IMMEDIATE");
    if (!rc)
        rc = sqlite3_prepare_v2(k->db, "INSERT OR REPLACE INTO newsgraph_sketch (article, sketch) VALUES (?1, ?2)",
                                -1, &put, NULL) != SQLITE_OK ||
             sqlite3_prepare_v2(k->db, "DELETE FROM newsgraph_sketch WHERE article = ?1", -1, &del, NULL) !=
                 SQLITE_OK;
    for (size_t i = 0; !rc && i < n; i++)
        rc = write_change(put, del, &ch[i]);
    sqlite3_finalize(put);
    sqlite3_finalize(del);
    rc = rc ? -1 : exec(k->db, "COMMIT");
    if (rc) {
        fprintf(stderr, "newsgraph: %s: cannot store the article sketches: %s\n", path, sqlite3_errmsg(k->db));
        exec(k->db, "ROLLBACK");
    }
    free(ch);
    return rc;
}
