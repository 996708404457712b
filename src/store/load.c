/*
 * load.c - `newsgraph load`: articles extracted into a store.
 *
 * `load` extracts articles exactly as `extract` does (ng_run), writes each
 * one's facts as N-Triples into memory with an ng_writer, parses them back
 * with librdf and adds them inside one transaction per batch of articles, so a killed
 * load leaves every article either whole or absent. Loading is idempotent:
 * an article already in the store (same content hash) is skipped, and a
 * changed file (same ng:file name, new content) replaces what its older
 * version alone said; shared people, places and events reported elsewhere
 * stay.
 */
#include "cli.h"
#include "run.h"
#include "store/store.h"
#include "stories.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>


static void statements_free(ng_vec *v)
{
    for (size_t i = 0; i < v->len; i++)
        librdf_free_statement(v->items[i]);
    ng_vec_free(v);
    memset(v, 0, sizeof *v);
}

static void strings_free(ng_vec *v)
{
    for (size_t i = 0; i < v->len; i++)
        free(v->items[i]);
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
    librdf_statement *pat = librdf_new_statement_from_nodes(e->world, ng_node_copy(s), ng_node_copy(p), ng_node_copy(o));
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
    librdf_statement *pat = librdf_new_statement_from_nodes(e->world, ng_node_copy(s), ng_node_copy(p), ng_node_copy(o));
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
    V_EVIDENCE, V_REPORTED_IN, V_ATTESTED_IN, V_EVENT, V_POSITION, V_SOURCE, V_TITLE, V_ISSUED, V_SAME_STORY, V_COUNT
};

static const char *const vocab_iris[V_COUNT] = {
    NG_NS_RDF "type",       NG_NS "Article",   NG_NS "file",       NG_NS_RDFS "label",
    NG_NS_SKOS "altLabel",  NG_NS "date",      NG_NS "location",   NG_NS "statedIn",
    NG_NS "inArticle",   NG_NS "evidence",  NG_NS "reportedIn", NG_NS "attestedIn",
    NG_NS "Event",       NG_NS "Position",  NG_NS_DCT "source", NG_NS_DCT "title",
    NG_NS_DCT "issued",     NG_NS "sameStoryAs",
};

typedef struct {
    rdf_env env;
    const char *path;
    const char *base;
    ng_bulk *bulk;              /* writes the rows, or NULL: librdf adds (bulk.c) */
    librdf_parser *parser;      /* reads the N-Triples, reused for every article */
    ng_writer *writer;          /* writes them, restarted for every article */
    ng_stories *stories;        /* every article's sketch, the store's and this run's (stories.h) */
    ng_sketch_store *sketches;  /* where the store keeps them, or NULL (sketches.c) */
    librdf_uri *base_uri;
    librdf_node *v[V_COUNT];
    int verbose;
    int failed;
    size_t added, replaced, unchanged, triples;   /* committed */
    int in_batch;                                 /* a transaction is open */
    int size0;                                    /* triples in the store before */
    ng_map *handled;   /* keys of the statements handled (see add_statements) */
    size_t b_added, b_replaced, b_triples;        /* in the open batch */
} load_ctx;

/* Entries of the handled cache at most (about 200 bytes each). */
#define HANDLED_MAX 400000

static void load_ctx_free(load_ctx *c)
{
    ng_bulk_free(c->bulk);   /* before librdf closes its connection */
    if (c->handled)
        ng_map_free(c->handled);
    for (int i = 0; i < V_COUNT; i++)
        if (c->v[i])
            librdf_free_node(c->v[i]);
    if (c->base_uri)
        librdf_free_uri(c->base_uri);
    if (c->parser)
        librdf_free_parser(c->parser);
    ng_writer_free(c->writer);
    ng_stories_free(c->stories);
    ng_sketch_store_close(c->sketches);
    ng_env_close(&c->env);
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
    if (ok)   /* the writer's sketches outlive its restarts: the store's articles and this run's */
        ng_writer_use_stories(c->writer, c->stories);
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
/* A node in a statement's cache key; 0 for a blank node, whose label
 * means another node in every article. */
static int node_key(ng_buf *b, librdf_node *n)
{
    if (librdf_node_is_resource(n)) {
        ng_buf_addc(b, 'U');
        ng_buf_adds(b, (const char *)librdf_uri_as_string(librdf_node_get_uri(n)));
    } else if (librdf_node_is_literal(n)) {
        size_t len;
        const char *s = ng_node_lexical(n, &len), *lang = librdf_node_get_literal_value_language(n);
        const char *dt = ng_literal_datatype(n);
        ng_buf_addc(b, 'L');
        ng_buf_add(b, s, len);
        ng_buf_printf(b, "\x01%s\x01%s", lang ? lang : "", dt ? dt : "");
    } else {
        return 0;
    }
    ng_buf_addc(b, '\x02');
    return 1;
}

/* Each statement's key for the handled cache, NULL for one with a blank
 * node (see add_statements). */
static void statement_keys(ng_vec *sts, ng_vec *keys)
{
    ng_buf b;
    ng_buf_init(&b);
    for (size_t i = 0; i < sts->len; i++) {
        librdf_statement *st = sts->items[i];
        ng_buf_clear(&b);
        int ok = node_key(&b, librdf_statement_get_subject(st)) && node_key(&b, librdf_statement_get_predicate(st)) &&
                 node_key(&b, librdf_statement_get_object(st));
        ng_vec_push(keys, ok ? ng_xstrndup(b.data, b.len) : NULL);
    }
    ng_buf_free(&b);
}

/* The article's statements, through a librdf parser, and their cache keys. */
static int article_statements(load_ctx *c, const ng_article *a, const char *name, ng_vec *out, ng_vec *keys)
{
    size_t len = 0;
    char *nt = article_ntriples(c, a, &len);
    if (!nt)
        return -1;
    ng_env_reset_log(&c->env, name);
    librdf_stream *st = librdf_parser_parse_counted_string_as_stream(c->parser, (unsigned char *)nt, len, c->base_uri);
    int rc = st ? 0 : -1;
    for (; st && !librdf_stream_end(st); librdf_stream_next(st))
        ng_vec_push(out, librdf_new_statement_from_statement(librdf_stream_get_object(st)));
    if (st)
        librdf_free_stream(st);
    statement_keys(out, keys);
    free(nt);
    if (rc != 0 || c->env.errors) {
        ng_env_print_log(&c->env, "cannot parse the article's triples");
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
 * evidence whole, the links from events and positions to it (those
 * nodes are remembered in touched), and from the copies of its story. */
static int gather_article(load_ctx *c, librdf_node *old, ng_vec *doomed, ng_vec *touched)
{
    rdf_env *e = &c->env;
    ng_vec claims = {0}, evidence = {0};
    int rc = find_into(e, old, NULL, NULL, doomed);
    rc |= find_into(e, NULL, c->v[V_SAME_STORY], old, doomed);
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
    ng_stories_forget(c->stories, ng_article_node_id(old));
    int rc = gather_article(c, old, &doomed, &touched);
    if (!rc)
        rc = remove_all(&c->env, &doomed);
    if (!rc)
        rc = remove_orphans(c, &touched);
    statements_free(&doomed);
    nodes_free(&touched);
    return rc;
}

/* Whether the article came from another file too (a byte-identical
 * copy): 1, 0, or -1 on error. */
static int has_other_file(load_ctx *c, librdf_node *old, librdf_node *file)
{
    ng_vec files = {0};
    int rc = find_into(&c->env, old, c->v[V_FILE], NULL, &files), other = 0;
    for (size_t i = 0; i < files.len; i++)
        if (!librdf_node_equals(librdf_statement_get_object(files.items[i]), file))
            other = 1;
    statements_free(&files);
    return rc ? -1 : other;
}

/* Detaches a copy from an article another file carries too: the article
 * keeps its facts and loses this ng:file (issue 16: the unchanged copy's
 * facts stay), and the addresses the file's new version gives (the
 * article's sts): an address carries one text, the one loaded last. The
 * graph does not say which copy gave which address, so an address the
 * file gave before and no longer gives stays (docs/reliability.md). */
static int detach_copy(load_ctx *c, librdf_node *old, librdf_node *file, ng_vec *sts)
{
    int rc = 0;
    for (size_t i = 0; !rc && i <= sts->len; i++) {
        librdf_node *p = c->v[V_FILE], *o = file;
        if (i < sts->len) {
            p = librdf_statement_get_predicate(sts->items[i]);
            o = librdf_statement_get_object(sts->items[i]);
            if (!librdf_node_equals(p, c->v[V_SOURCE]) || !exists(&c->env, old, p, o))
                continue;
        }
        librdf_statement *st =
            librdf_new_statement_from_nodes(c->env.world, ng_node_copy(old), ng_node_copy(p), ng_node_copy(o));
        rc = !st || librdf_model_remove_statement(c->env.model, st) != 0;
        if (st)
            librdf_free_statement(st);
    }
    return rc ? -1 : 0;
}

/* Detaches the file from every other article that came from it: a copy
 * that another file carries too (detach_copy); an article only this file
 * carried is removed. sts: the new version's statements. Returns how many
 * there were, or -1. */
static int remove_versions(load_ctx *c, librdf_node *art, librdf_node *file, ng_vec *sts)
{
    /* nearly always none: asked through bulk.c, without librdf's SQL */
    int other = c->bulk ? ng_bulk_has_other_subject(c->bulk, art, c->v[V_FILE], file) : NG_BULK_LIBRDF;
    if (other == 0 || other == -1)
        return other;
    ng_vec olds = {0};
    int rc = subjects_into(&c->env, c->v[V_FILE], file, &olds), n = 0;
    for (size_t i = 0; !rc && i < olds.len; i++) {
        if (librdf_node_equals(olds.items[i], art))
            continue;
        ng_map_clear(c->handled);   /* what was handled may be gone */
        int shared = has_other_file(c, olds.items[i], file);
        if (shared > 0) {
            rc = detach_copy(c, olds.items[i], file, sts);
        } else {
            rc = shared < 0 ? -1 : remove_article(c, olds.items[i]);
        }
        n++;
    }
    nodes_free(&olds);
    return rc ? -1 : n;
}

/* Whether the store holds st: 1, 0, or -1 on error. */
static int store_contains(load_ctx *c, librdf_statement *st)
{
    int rc = c->bulk ? ng_bulk_contains(c->bulk, st) : NG_BULK_LIBRDF;
    return rc == NG_BULK_LIBRDF ? librdf_model_contains_statement(c->env.model, st) != 0 : rc;
}

/* Whether the store holds (s p o), all three given: 1, 0, or -1. */
static int store_exists(load_ctx *c, librdf_node *s, librdf_node *p, librdf_node *o)
{
    librdf_statement *st = librdf_new_statement_from_nodes(c->env.world, ng_node_copy(s), ng_node_copy(p),
                                                           ng_node_copy(o));
    int rc = st ? store_contains(c, st) : -1;
    if (st)
        librdf_free_statement(st);
    return rc;
}

/* Whether the store has a statement (s p ?): 1, 0, or -1 on error. */
static int store_has_target(load_ctx *c, librdf_node *s, librdf_node *p)
{
    int rc = c->bulk ? ng_bulk_has_target(c->bulk, s, p) : NG_BULK_LIBRDF;
    if (rc != NG_BULK_LIBRDF)
        return rc;
    librdf_node *have = librdf_model_get_target(c->env.model, s, p);
    if (have)
        librdf_free_node(have);
    return have != NULL;
}

/* Adds st as librdf does (a statement there already is skipped): 0 or -1. */
static int store_add(load_ctx *c, librdf_statement *st)
{
    int rc = c->bulk ? ng_bulk_add(c->bulk, st) : NG_BULK_LIBRDF;
    if (rc == NG_BULK_LIBRDF)
        rc = librdf_model_add_statement(c->env.model, st) != 0 ? -1 : 0;
    return rc;
}

/* The statement to add in place of st, or NULL for none: an entity keeps
 * its first rdfs:label (later different ones become skos:altLabel), and an
 * event its first date and place. *made: the result is new (caller frees). */
static librdf_statement *statement_to_add(load_ctx *c, librdf_statement *st, int *made, int *err)
{
    rdf_env *e = &c->env;
    *made = 0;
    librdf_node *s = librdf_statement_get_subject(st), *p = librdf_statement_get_predicate(st);
    int is_label = librdf_node_equals(p, c->v[V_LABEL]);
    /* librdf's SQLite storage skips a statement it holds already: asking
     * first would cost a second SQL look-up */
    if (!is_label && !librdf_node_equals(p, c->v[V_DATE]) && !librdf_node_equals(p, c->v[V_LOCATION]))
        return st;
    int have = store_contains(c, st);
    if (have == 0) {
        int t = store_has_target(c, s, p);
        have = t < 0 ? -1 : t ? 2 : 0;   /* 2: another value is there */
    }
    if (have == 0 || have < 0) {
        *err = have < 0;
        return have ? NULL : st;
    }
    if (have == 1 || !is_label)
        return NULL;
    librdf_statement *alt = librdf_new_statement_from_nodes(
        e->world, ng_node_copy(s), ng_node_copy(c->v[V_ALT_LABEL]), ng_node_copy(librdf_statement_get_object(st)));
    have = store_contains(c, alt);
    if (have != 0) {
        *err = have < 0;
        librdf_free_statement(alt);
        return NULL;
    }
    *made = 1;
    return alt;
}

/* Adds what the statements call for. A statement whose key is in the cache was handled before in this run (added, or found there, or
 * turned into an altLabel, or dropped as a second date), and the store has
 * not lost anything since: each article repeats the labels and types of
 * the people and places it names, and skipping those saves librdf the SQL
 * statements it builds and parses for every look-up and add. */
static int add_statements(load_ctx *c, ng_vec *sts, ng_vec *keys, size_t *added)
{
    for (size_t i = 0; i < sts->len; i++) {
        const char *key = keys->items[i];
        if (key && ng_map_get(c->handled, key, strlen(key)))
            continue;
        int made, err = 0;
        librdf_statement *st = statement_to_add(c, sts->items[i], &made, &err);
        if (err)
            return -1;
        if (st) {
            int rc = store_add(c, st);
            if (made)
                librdf_free_statement(st);
            if (rc != 0)
                return -1;
            (*added)++;
        }
        if (key) {
            if (ng_map_count(c->handled) >= HANDLED_MAX)
                ng_map_clear(c->handled);
            ng_map_put(c->handled, key, strlen(key), (void *)1);
        }
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

/* Articles are added in batches, one transaction a batch: a transaction
 * per article cost librdf's SQLite storage a journal commit each, and
 * DEPENDENCY-NOTES.md measured batches as what makes bulk loads fast. A
 * killed load still leaves each batch, and so each article, whole or
 * absent. */
#define BATCH_ARTICLES 256
#define BATCH_TRIPLES 50000

static int batch_begin(load_ctx *c)
{
    if (c->in_batch)
        return 0;
    ng_env_reset_log(&c->env, c->path);
    if (librdf_model_transaction_start(c->env.model) != 0) {
        ng_env_print_log(&c->env, "cannot start a transaction (is another load writing to it?)");
        return -1;
    }
    c->in_batch = 1;
    return 0;
}

/* Commits the batch and counts its articles; after a failure, rolls it
 * back and says what was lost. */
static int batch_end(load_ctx *c, int ok)
{
    if (!c->in_batch)
        return ok ? 0 : -1;
    c->in_batch = 0;
    if (ok && librdf_model_transaction_commit(c->env.model) == 0) {
        c->added += c->b_added;
        c->replaced += c->b_replaced;
        c->triples += c->b_triples;
        c->b_added = c->b_replaced = c->b_triples = 0;
        /* the graph is in; the sketches follow on their own connection */
        return ng_sketch_store_save(c->sketches, c->stories, c->path);
    }
    librdf_model_transaction_rollback(c->env.model);
    size_t nj;
    free(ng_stories_take(c->stories, &nj));   /* those articles are not stored */
    ng_map_clear(c->handled);
    ng_bulk_forget(c->bulk);   /* the rows it added are gone */
    ng_env_print_log(&c->env, "cannot add the articles");
    fprintf(stderr, "newsgraph: %s: the last %zu articles read were not stored; the store keeps what it had "
                    "before them\n", c->path, c->b_added + c->b_replaced);
    c->b_added = c->b_replaced = c->b_triples = 0;
    return -1;
}

/* Counts an article stored in the open batch, and ends the batch when it
 * is full. */
static int stored(load_ctx *c, const char *name, int replaced, size_t added, const char *what)
{
    c->b_triples += added;
    if (replaced)
        c->b_replaced++;
    else
        c->b_added++;
    if (c->verbose)
        fprintf(stderr, "%s: %s%s, %zu triples\n", name, what, replaced ? "replaced" : "added", added);
    if (c->b_added + c->b_replaced >= BATCH_ARTICLES || c->b_triples >= BATCH_TRIPLES)
        return batch_end(c, 1);
    return 0;
}

/* Replaces older versions and adds the article, inside the batch. */
static int store_article(load_ctx *c, librdf_node *art, ng_vec *sts, ng_vec *keys, const char *name)
{
    if (batch_begin(c) != 0)
        return -1;
    librdf_node *file = name_identifies(name) ? article_file(c, art, sts) : NULL;
    int replaced = file ? remove_versions(c, art, file, sts) : 0;
    size_t added = 0;
    int rc = replaced < 0 ? -1 : add_statements(c, sts, keys, &added);
    if (rc != 0)
        return batch_end(c, 0);
    return stored(c, name, replaced, added, "");
}

/* The ng:file literal of an article read from name, as the writer makes
 * it (emit.c: control characters other than line feed and tab become
 * spaces). */
static librdf_node *file_node(load_ctx *c, const char *name)
{
    char *v = ng_xstrdup(name);
    for (unsigned char *p = (unsigned char *)v; *p; p++)
        if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f)
            *p = ' ';
    librdf_node *n = librdf_new_node_from_literal(c->env.world, (const unsigned char *)v, NULL, 0);
    free(v);
    return n;
}

/* What a copy says of the article besides its ng:file, as extract writes
 * it (emit.c): its dcterms:source, and its headline and date where the
 * article has none (the first copy's are kept). sts: the copy's
 * statements. Returns 0 or -1; counts what it adds. */
static int copy_metadata(load_ctx *c, librdf_node *art, ng_vec *sts, size_t *added)
{
    int rc = 0;
    for (size_t i = 0; !rc && i < sts->len; i++) {
        librdf_statement *st = sts->items[i];
        librdf_node *p = librdf_statement_get_predicate(st);
        int single = librdf_node_equals(p, c->v[V_TITLE]) || librdf_node_equals(p, c->v[V_ISSUED]);
        if (!librdf_node_equals(librdf_statement_get_subject(st), art) ||
            !(single || librdf_node_equals(p, c->v[V_SOURCE])) || (single && exists(&c->env, art, p, NULL)))
            continue;
        int has = store_contains(c, st);
        rc = has < 0 ? -1 : has ? 0 : store_add(c, st);
        if (!has && rc == 0)
            (*added)++;
    }
    return rc < 0 ? -1 : 0;
}

/* An article already in the store, read from another file: a
 * byte-identical copy, which is the same article with one more ng:file
 * and the copy's address (as extract writes it). The file's older
 * version, if any, is replaced. */
static int store_copy(load_ctx *c, librdf_node *art, librdf_node *file, const ng_article *a, const char *name)
{
    if (batch_begin(c) != 0)
        return -1;
    ng_vec sts = {0}, keys = {0};
    int rc = article_statements(c, a, name, &sts, &keys);
    int replaced = rc ? -1 : name_identifies(name) ? remove_versions(c, art, file, &sts) : 0;
    librdf_statement *st = librdf_new_statement_from_nodes(c->env.world, ng_node_copy(art),
                                                           ng_node_copy(c->v[V_FILE]), ng_node_copy(file));
    size_t added = 1;
    rc = replaced < 0 || !st ? -1 : store_add(c, st);
    if (st)
        librdf_free_statement(st);
    if (rc == 0)
        rc = copy_metadata(c, art, &sts, &added);
    statements_free(&sts);
    strings_free(&keys);
    if (rc != 0)
        return batch_end(c, 0);
    return stored(c, name, replaced, added, "a copy of an article in the store, ");
}

/* store_exists, saying what failed. */
static int store_has(load_ctx *c, librdf_node *s, librdf_node *p, librdf_node *o)
{
    int rc = store_exists(c, s, p, o);
    if (rc < 0)
        ng_env_print_log(&c->env, "cannot read the store");
    return rc;
}

/* The older versions of the article that loading it from name will
 * remove (remove_versions: those no other file carries) are no copies of
 * its story: forgotten before the writer looks for copies, since a pair
 * may not name an article that goes. 0 or -1. */
static int forget_replaced(load_ctx *c, librdf_node *art, const char *name)
{
    if (!name_identifies(name))
        return 0;
    librdf_node *file = file_node(c, name);
    int other = c->bulk ? ng_bulk_has_other_subject(c->bulk, art, c->v[V_FILE], file) : NG_BULK_LIBRDF;
    int rc = other < 0 ? -1 : 0;
    if (other != 0 && other != -1) {
        ng_vec olds = {0};
        rc = subjects_into(&c->env, c->v[V_FILE], file, &olds);
        for (size_t i = 0; !rc && i < olds.len; i++) {
            int shared = librdf_node_equals(olds.items[i], art) ? 1 : has_other_file(c, olds.items[i], file);
            if (shared == 0)
                ng_stories_forget(c->stories, ng_article_node_id(olds.items[i]));
            rc = shared < 0 ? -1 : 0;
        }
        nodes_free(&olds);
    }
    librdf_free_node(file);
    return rc;
}

static int on_load_article(const ng_article *a, const ng_item *item, void *arg)
{
    load_ctx *c = arg;
    ng_buf iri;
    ng_buf_init(&iri);
    ng_buf_printf(&iri, "%sarticle/%.16s", c->base, ng_article_sha256(a));
    librdf_node *art = ng_uri_node(&c->env, iri.data);
    ng_buf_free(&iri);
    ng_env_reset_log(&c->env, c->path);
    int rc = store_has(c, art, c->v[V_TYPE], c->v[V_ARTICLE]);
    if (rc > 0) {
        /* the same bytes are in already, from this file or another */
        librdf_node *file = file_node(c, item->name);
        rc = store_has(c, art, c->v[V_FILE], file);
        if (rc > 0) {
            rc = 0;
            c->unchanged++;
            if (c->verbose)
                fprintf(stderr, "%s: unchanged\n", item->name);
        } else if (rc == 0) {
            rc = store_copy(c, art, file, a, item->name);
        }
        librdf_free_node(file);
    } else if (rc == 0) {
        ng_vec sts = {0}, keys = {0};
        rc = forget_replaced(c, art, item->name);
        if (!rc)
            rc = article_statements(c, a, item->name, &sts, &keys);
        if (!rc)
            rc = store_article(c, art, &sts, &keys, item->name);
        statements_free(&sts);
        strings_free(&keys);
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
    c->handled = ng_map_new();
    c->stories = ng_stories_new();
    if (ng_env_open(&c->env) != 0 || ng_store_open(&c->env, path, is_new, 1) != 0 ||
        ng_sketch_store_open(&c->sketches, &c->env, path, c->stories) != 0)
        return -1;
    /* N-Triples is a subset of Turtle, and raptor 2.0.15's own N-Triples
     * parser leaks a reference to every datatype IRI it reads (valgrind:
     * "definitely lost" in raptor); its Turtle parser reads the same text
     * into the same statements without the leak. */
    c->size0 = librdf_model_size(c->env.model);
    c->parser = librdf_new_parser(c->env.world, "turtle", NULL, NULL);
    c->base_uri = librdf_new_uri(c->env.world, (const unsigned char *)base);
    for (int i = 0; i < V_COUNT; i++)
        c->v[i] = ng_uri_node(&c->env, vocab_iris[i]);
    c->bulk = ng_bulk_open(&c->env, path);
    if (c->verbose)
        fprintf(stderr, "newsgraph: %s: rows written %s\n", path,
                c->bulk ? "through prepared statements (bulk.c)" : "by librdf");
    if (!c->parser || !c->base_uri) {
        fprintf(stderr, "newsgraph: cannot make an N-Triples parser\n");
        return -1;
    }
    return 0;
}

static void load_summary(load_ctx *c, const ng_run_stats *st)
{
    /* the triples added are counted from the store's size: librdf skips
     * statements it holds already without saying so */
    int n = librdf_model_size(c->env.model);
    size_t added = n >= 0 && c->size0 >= 0 && n >= c->size0 ? (size_t)(n - c->size0) : c->triples;
    fprintf(stderr,
            "newsgraph: %zu articles (%zu skipped): %zu added, %zu replaced, %zu unchanged; "
            "%zu triples added, ",
            st->articles, st->skipped, c->added, c->replaced, c->unchanged, added);
    if (n >= 0)
        fprintf(stderr, "%d triples in %s\n", n, c->path);
    else
        fprintf(stderr, "store %s\n", c->path);
}

/* Extraction into an open store; returns the exit code. */
static int load_run(ng_load_opts *o, ng_kb *kb, ng_inputs *in, int is_new, int created)
{
    load_ctx c;
    memset(&c, 0, sizeof c);
    c.verbose = o->verbose;
    int code = NG_EXIT_FAIL;
    if (load_ctx_init(&c, o->store, o->base, is_new) == 0) {
        ng_run_opts ro = {o->jobs, o->quiet, !o->quiet && isatty(2) && !o->verbose};
        ng_run_stats st;
        ng_run(kb, in, &ro, on_load_article, &c, &st);
        if (batch_end(&c, !c.failed) != 0)
            c.failed = 1;
        code = c.failed ? NG_EXIT_FAIL
               : st.articles == 0 ? NG_EXIT_INPUT
               : st.skipped || st.repaired ? NG_EXIT_PARTIAL
                            : NG_EXIT_OK;
        if (code == NG_EXIT_INPUT)
            fprintf(stderr, "newsgraph: no article could be read\n");
        if (!o->quiet && !c.failed)
            load_summary(&c, &st);
    }
    load_ctx_free(&c);
    /* a store this run created and could not fill is not left behind */
    if (created && (code == NG_EXIT_FAIL || code == NG_EXIT_INPUT) && c.added == 0)
        unlink(o->store);
    return code;
}

/* Takes load's lock on the store (creating it when missing) and checks it
 * again under the lock; returns 0 or -1. */
static int store_take(const char *path, int *is_new, int *created)
{
    *created = 0;
    if (ng_virtuoso_spec(path)) {
        *is_new = STORE_EXISTS; /* a server: no file here to lock or create */
        return 0;
    }
    int fd = ng_store_lock(path, created);
    if (fd < 0)
        return -1;
    /* the descriptor stays open: the lock holds until the process ends */
    if (ng_store_check(path, NG_STORE_LOCKED, is_new) != 0) {
        if (*created)
            unlink(path);
        *created = 0;
        return -1;
    }
    return 0;
}

int ng_cmd_load(int argc, char **argv)
{
    ng_load_opts o = {.base = NG_DEFAULT_BASE, .jobs = (int)sysconf(_SC_NPROCESSORS_ONLN), .max_size = 16000000,
                      .budget = -1};
    int code = ng_load_parse(argc, argv, &o), is_new = 0, created = 0;
    if (code >= 0 || ng_store_check(o.store, NG_STORE_CREATE, &is_new) != 0) {
        ng_vec_free(&o.gaz);
        ng_vec_free(&o.rules);
        return code >= 0 ? code : NG_EXIT_FAIL;
    }
    ng_set_time_budget(o.budget);
    char err[1024];
    ng_kb *kb = NULL;
    const char *data = ng_cli_data_dir(o.data);
    int rc = ng_cli_check_data_dir(data, err, sizeof err) != 0 ||
             ng_kb_open(&kb, data, (const char *const *)o.gaz.items, o.gaz.len, err, sizeof err) ||
             ng_kb_add_rules(kb, data, (const char *const *)o.rules.items, o.rules.len, err, sizeof err);
    ng_vec_free(&o.gaz);
    ng_vec_free(&o.rules);
    if (rc) {
        ng_kb_close(kb);
        fprintf(stderr, "newsgraph: %s\n", err);
        return NG_EXIT_FAIL;
    }
    ng_inputs *in = NULL;
    if (ng_inputs_open(&in, argv + optind, (size_t)(argc - optind), o.max_size, o.jsonl, err, sizeof err)) {
        fprintf(stderr, "newsgraph: %s\n", err);
        ng_kb_close(kb);
        return NG_EXIT_INPUT;
    }
    code = store_take(o.store, &is_new, &created) == 0 ? load_run(&o, kb, in, is_new, created) : NG_EXIT_FAIL;
    ng_inputs_close(in);
    ng_kb_close(kb);
    return code;
}
