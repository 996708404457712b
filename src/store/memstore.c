/*
 * memstore.c - newsgraph's in-memory librdf storage (see memstore.h for
 * what it keeps and why).
 *
 * Terms: an array of interned terms (each holds a reference to the first
 * librdf_node met for it) with an open-addressing hash table of their ids.
 * Statements: an array of (subject, predicate, object) term ids in
 * insertion order, with an open-addressing hash set of their ids. For each
 * term, three growing arrays of statement ids (where it is subject,
 * predicate, object), ascending because statements are only appended.
 *
 * Streams index these arrays by position, never hold pointers into them,
 * and stop at the length they began with, so a statement added while a
 * stream is open (into this model) neither moves under it nor shows up.
 */
#include "store/memstore.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define MS_ANY UINT32_MAX       /* no term bound at a position */
#define MS_MAX_ITEMS 0x40000000u /* terms and statements at most (the tables stay under 2^32 slots) */

typedef struct {
    uint32_t *ids;   /* statement ids, ascending */
    uint32_t n, cap;
} ms_list;

typedef struct {
    librdf_node *node;   /* our reference */
    uint32_t hash;
    ms_list at[3];       /* statements with the term as subject, predicate, object */
} ms_term;

typedef struct {
    uint32_t t[3];
} ms_triple;

typedef struct {
    librdf_world *world;
    int uri_by_pointer;   /* raptor interns IRIs: one raptor_uri per IRI */
    ms_term *terms;
    uint32_t nterms, capterms;
    uint32_t *tslots;     /* term id + 1; 0: empty */
    uint32_t tmask;
    ms_triple *st;
    uint32_t nst, capst;
    uint32_t *sslots;     /* statement id + 1; 0: empty */
    uint32_t smask;
} ms_store;

/* --- hashing ----------------------------------------------------------- */

static uint32_t mix_ptr(const void *p)
{
    uint64_t h = (uint64_t)(uintptr_t)p;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return (uint32_t)h;
}

static uint32_t uri_hash(const ms_store *ms, raptor_uri *u)
{
    if (ms->uri_by_pointer)
        return mix_ptr(u);
    size_t len;
    const unsigned char *s = raptor_uri_as_counted_string(u, &len);
    return (uint32_t)ng_hash(s, len);
}

/* Equal terms hash alike: raptor_term_equals compares a literal's text,
 * language and datatype, a blank node's label, an IRI's string. */
static uint32_t term_hash(const ms_store *ms, librdf_node *n)
{
    switch (n->type) {
    case RAPTOR_TERM_TYPE_URI:
        return uri_hash(ms, n->value.uri) * 3u + 1u;
    case RAPTOR_TERM_TYPE_BLANK:
        return (uint32_t)ng_hash(n->value.blank.string, n->value.blank.string_len) * 3u + 2u;
    case RAPTOR_TERM_TYPE_LITERAL: {
        uint32_t h = (uint32_t)ng_hash(n->value.literal.string, n->value.literal.string_len);
        if (n->value.literal.datatype)
            h ^= uri_hash(ms, n->value.literal.datatype) * 0x9e3779b9u;
        if (n->value.literal.language)
            h ^= (uint32_t)ng_hash(n->value.literal.language, n->value.literal.language_len) * 0x85ebca6bu;
        return h * 3u;
    }
    default:
        return 0;
    }
}

static uint32_t triple_hash(const uint32_t t[3])
{
    uint64_t h = ((uint64_t)t[0] << 32 | t[1]) * 0x9fb21c651e98df25ULL;
    h ^= h >> 29;
    h = (h ^ t[2]) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
    return (uint32_t)h;
}

/* --- terms ------------------------------------------------------------- */

/* The id of the term equal to n, or MS_ANY; *slot is where it is or would
 * go in the table. */
static uint32_t term_find(const ms_store *ms, librdf_node *n, uint32_t h, uint32_t *slot)
{
    for (uint32_t i = h & ms->tmask;; i = (i + 1) & ms->tmask) {
        uint32_t id = ms->tslots[i];
        if (id == 0) {
            *slot = i;
            return MS_ANY;
        }
        ms_term *t = &ms->terms[id - 1];
        if (t->hash == h && raptor_term_equals(t->node, n)) {
            *slot = i;
            return id - 1;
        }
    }
}

static uint32_t term_hash_of(const ms_store *ms, uint32_t id)
{
    return ms->terms[id].hash;
}

static uint32_t triple_hash_of(const ms_store *ms, uint32_t id)
{
    return triple_hash(ms->st[id].t);
}

/* Doubles an id table (terms' or statements': kept at most half full)
 * and places ids 0..n-1 in it again, each by hash_of. */
static void table_grow(const ms_store *ms, uint32_t **slots, uint32_t *mask, uint32_t n,
                       uint32_t (*hash_of)(const ms_store *, uint32_t))
{
    uint32_t cap = (*mask + 1) * 2;
    free(*slots);
    *slots = ng_xcalloc(cap, sizeof **slots);
    *mask = cap - 1;
    for (uint32_t id = 0; id < n; id++) {
        uint32_t i = hash_of(ms, id) & *mask;
        while ((*slots)[i])
            i = (i + 1) & *mask;
        (*slots)[i] = id + 1;
    }
}

/* The id of the term equal to n, interned now if new; MS_ANY when the
 * store is full. */
static uint32_t term_intern(ms_store *ms, librdf_node *n)
{
    uint32_t h = term_hash(ms, n), slot;
    uint32_t id = term_find(ms, n, h, &slot);
    if (id != MS_ANY)
        return id;
    if (ms->nterms >= MS_MAX_ITEMS)
        return MS_ANY;
    if (ms->nterms == ms->capterms) {
        ms->capterms = ms->capterms ? ms->capterms * 2 : 1024;
        ms->terms = ng_xrealloc(ms->terms, (size_t)ms->capterms * sizeof *ms->terms);
    }
    id = ms->nterms++;
    ms->terms[id] = (ms_term){.node = librdf_new_node_from_node(n), .hash = h};
    ms->tslots[slot] = id + 1;
    if ((uint64_t)ms->nterms * 2 > (uint64_t)ms->tmask + 1)
        table_grow(ms, &ms->tslots, &ms->tmask, ms->nterms, term_hash_of);
    return id;
}

/* The id of the term equal to n, or MS_ANY when there is none. */
static uint32_t term_lookup(const ms_store *ms, librdf_node *n)
{
    uint32_t slot;
    return term_find(ms, n, term_hash(ms, n), &slot);
}

static void list_add(ms_list *l, uint32_t id)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 2;
        l->ids = ng_xrealloc(l->ids, (size_t)l->cap * sizeof *l->ids);
    }
    l->ids[l->n++] = id;
}

/* --- statements -------------------------------------------------------- */

/* The id of the statement (s, p, o), or MS_ANY; *slot as in term_find. */
static uint32_t triple_find(const ms_store *ms, const uint32_t t[3], uint32_t *slot)
{
    for (uint32_t i = triple_hash(t) & ms->smask;; i = (i + 1) & ms->smask) {
        uint32_t id = ms->sslots[i];
        if (id == 0) {
            *slot = i;
            return MS_ANY;
        }
        if (memcmp(ms->st[id - 1].t, t, sizeof ms->st[0].t) == 0) {
            *slot = i;
            return id - 1;
        }
    }
}

/* Appends the statement of term ids t unless it is there; 0 or -1 (full). */
static int triple_add(ms_store *ms, const uint32_t t[3])
{
    uint32_t slot;
    if (triple_find(ms, t, &slot) != MS_ANY)
        return 0;
    if (ms->nst >= MS_MAX_ITEMS)
        return -1;
    if (ms->nst == ms->capst) {
        ms->capst = ms->capst ? ms->capst * 2 : 4096;
        ms->st = ng_xrealloc(ms->st, (size_t)ms->capst * sizeof *ms->st);
    }
    uint32_t id = ms->nst++;
    memcpy(ms->st[id].t, t, sizeof ms->st[id].t);
    ms->sslots[slot] = id + 1;
    for (int k = 0; k < 3; k++)
        list_add(&ms->terms[t[k]].at[k], id);
    if ((uint64_t)ms->nst * 2 > (uint64_t)ms->smask + 1)
        table_grow(ms, &ms->sslots, &ms->smask, ms->nst, triple_hash_of);
    return 0;
}

/* librdf's rule (librdf_storage_add_statement): an IRI or blank subject,
 * an IRI predicate, any object. */
static int statement_legal(librdf_statement *s)
{
    return s->subject && s->predicate && s->object &&
           (s->subject->type == RAPTOR_TERM_TYPE_URI || s->subject->type == RAPTOR_TERM_TYPE_BLANK) &&
           s->predicate->type == RAPTOR_TERM_TYPE_URI;
}

static int fail(ms_store *ms, const char *why)
{
    librdf_log(ms->world, 0, LIBRDF_LOG_ERROR, LIBRDF_FROM_STORAGE, NULL, "%s: %s", NG_MEMSTORE_NAME, why);
    return -1;
}

static int full(ms_store *ms)
{
    return fail(ms, "more than 2^30 statements or terms");
}

/* As librdf's add_statement: 0 added or there already, >0 illegal (not
 * added), <0 the store is full (logged). */
static int ms_add(ms_store *ms, librdf_statement *s)
{
    if (!statement_legal(s))
        return 1;
    uint32_t t[3] = {term_intern(ms, s->subject), term_intern(ms, s->predicate), term_intern(ms, s->object)};
    if (t[0] == MS_ANY || t[1] == MS_ANY || t[2] == MS_ANY || triple_add(ms, t) != 0)
        return full(ms);
    return 0;
}

uint32_t ng_memstore_term(librdf_storage *storage, librdf_node *n)
{
    return n ? term_intern(librdf_storage_get_instance(storage), n) : NG_MEMSTORE_NONE;
}

int ng_memstore_add_terms(librdf_storage *storage, uint32_t s, uint32_t p, uint32_t o)
{
    ms_store *ms = librdf_storage_get_instance(storage);
    if (s >= ms->nterms || p >= ms->nterms || o >= ms->nterms)
        return fail(ms, "a term id it never gave");
    librdf_statement st = {.subject = ms->terms[s].node, .predicate = ms->terms[p].node, .object = ms->terms[o].node};
    if (!statement_legal(&st))
        return 1;
    uint32_t t[3] = {s, p, o};
    return triple_add(ms, t) != 0 ? full(ms) : 0;
}

/* --- streams ----------------------------------------------------------- */

typedef struct {
    librdf_storage *storage;   /* a reference, so the store outlives the stream */
    ms_store *ms;
    uint32_t term, pos;        /* the candidates: terms[term].at[pos]; term MS_ANY: every statement */
    uint32_t n, i;             /* how many candidates; the current one */
    uint32_t want[3];          /* the term id wanted at each position, or MS_ANY */
    librdf_statement *cur;     /* what get returns, made and filled on demand */
    uint32_t cur_id;           /* the statement in cur, or MS_ANY */
} ms_stream;

static uint32_t stream_candidate(const ms_stream *s)
{
    return s->term == MS_ANY ? s->i : s->ms->terms[s->term].at[s->pos].ids[s->i];
}

static int stream_matches(const ms_stream *s, uint32_t id)
{
    const uint32_t *t = s->ms->st[id].t;
    for (int k = 0; k < 3; k++)
        if (s->want[k] != MS_ANY && s->want[k] != t[k])
            return 0;
    return 1;
}

/* Moves past candidates that do not match. */
static void stream_settle(ms_stream *s)
{
    while (s->i < s->n && !stream_matches(s, stream_candidate(s)))
        s->i++;
}

static int stream_is_end(void *ctx)
{
    ms_stream *s = ctx;
    return s->i >= s->n;
}

static int stream_next(void *ctx)
{
    ms_stream *s = ctx;
    if (s->i < s->n) {
        s->i++;
        stream_settle(s);
    }
    return s->i >= s->n;
}

static void *stream_get(void *ctx, int flags)
{
    ms_stream *s = ctx;
    if (flags != LIBRDF_ITERATOR_GET_METHOD_GET_OBJECT || s->i >= s->n)
        return NULL;   /* no contexts */
    uint32_t id = stream_candidate(s);
    if (id != s->cur_id) {
        const uint32_t *t = s->ms->st[id].t;
        /* raptor_statement_copy shares a statement (raptor's json writer
         * keeps them so): one still held elsewhere is left as it is */
        if (s->cur && s->cur->usage > 1) {
            librdf_free_statement(s->cur);
            s->cur = NULL;
        }
        if (s->cur)
            librdf_statement_clear(s->cur);
        else if (!(s->cur = librdf_new_statement(s->ms->world)))
            return NULL;
        librdf_statement_set_subject(s->cur, librdf_new_node_from_node(s->ms->terms[t[0]].node));
        librdf_statement_set_predicate(s->cur, librdf_new_node_from_node(s->ms->terms[t[1]].node));
        librdf_statement_set_object(s->cur, librdf_new_node_from_node(s->ms->terms[t[2]].node));
        s->cur_id = id;
    }
    return s->cur;
}

static void stream_finished(void *ctx)
{
    ms_stream *s = ctx;
    if (s->cur)
        librdf_free_statement(s->cur);
    librdf_storage_remove_reference(s->storage);
    free(s);
}

/* Chooses the candidates: the shortest list of a bound term's statements,
 * every statement when nothing is bound, none when a bound term is in no
 * statement at its position. */
static void stream_choose(ms_stream *s)
{
    s->term = MS_ANY;
    s->n = s->ms->nst;
    for (uint32_t k = 0; k < 3; k++) {
        if (s->want[k] == MS_ANY)
            continue;
        const ms_list *l = &s->ms->terms[s->want[k]].at[k];
        if (s->term == MS_ANY || l->n < s->n) {
            s->term = s->want[k];
            s->pos = k;
            s->n = l->n;
        }
    }
}

/* A stream of the statements matching pattern (NULL: every statement). */
static librdf_stream *stream_new(librdf_storage *storage, librdf_statement *pattern)
{
    ms_store *ms = librdf_storage_get_instance(storage);
    ms_stream *s = ng_xcalloc(1, sizeof *s);
    s->storage = storage;
    s->ms = ms;
    s->cur_id = MS_ANY;
    librdf_node *bound[3] = {NULL, NULL, NULL};
    if (pattern) {
        bound[0] = pattern->subject;
        bound[1] = pattern->predicate;
        bound[2] = pattern->object;
    }
    int absent = 0;
    for (int k = 0; k < 3; k++) {
        s->want[k] = bound[k] ? term_lookup(ms, bound[k]) : MS_ANY;
        absent |= bound[k] && s->want[k] == MS_ANY;
    }
    stream_choose(s);
    if (absent)
        s->n = 0;
    librdf_storage_add_reference(storage);
    stream_settle(s);
    /* cur is made by the first get: many finds of a query match nothing */
    librdf_stream *st = librdf_new_stream(ms->world, s, stream_is_end, stream_next, stream_get, stream_finished);
    if (!st)
        stream_finished(s);   /* librdf_new_stream does not call it on failure */
    return st;
}

/* --- the factory's functions --------------------------------------------- */

static int ms_init(librdf_storage *storage, const char *name, librdf_hash *options)
{
    (void)name;
    if (options)
        librdf_free_hash(options);   /* init owns the options */
    ms_store *ms = ng_xcalloc(1, sizeof *ms);
    ms->world = librdf_storage_get_world(storage);
    librdf_uri *a = librdf_new_uri(ms->world, (const unsigned char *)"urn:newsgraph:memstore");
    librdf_uri *b = librdf_new_uri(ms->world, (const unsigned char *)"urn:newsgraph:memstore");
    ms->uri_by_pointer = a && a == b;
    if (a)
        librdf_free_uri(a);
    if (b)
        librdf_free_uri(b);
    ms->tmask = 1023;
    ms->tslots = ng_xcalloc(ms->tmask + 1, sizeof *ms->tslots);
    ms->smask = 4095;
    ms->sslots = ng_xcalloc(ms->smask + 1, sizeof *ms->sslots);
    librdf_storage_set_instance(storage, ms);
    return 0;
}

static void ms_terminate(librdf_storage *storage)
{
    ms_store *ms = librdf_storage_get_instance(storage);
    if (!ms)
        return;
    for (uint32_t i = 0; i < ms->nterms; i++) {
        librdf_free_node(ms->terms[i].node);
        for (int k = 0; k < 3; k++)
            free(ms->terms[i].at[k].ids);
    }
    free(ms->terms);
    free(ms->tslots);
    free(ms->st);
    free(ms->sslots);
    free(ms);
}

static int ms_open(librdf_storage *storage, librdf_model *model)
{
    (void)storage;
    (void)model;
    return 0;
}

static int ms_close(librdf_storage *storage)
{
    (void)storage;
    return 0;
}

static int ms_size(librdf_storage *storage)
{
    ms_store *ms = librdf_storage_get_instance(storage);
    return (int)ms->nst;
}

static int ms_add_statement(librdf_storage *storage, librdf_statement *statement)
{
    return ms_add(librdf_storage_get_instance(storage), statement);
}

/* As librdf's default: illegal statements are skipped, an error stops. */
static int ms_add_statements(librdf_storage *storage, librdf_stream *stream)
{
    ms_store *ms = librdf_storage_get_instance(storage);
    for (; !librdf_stream_end(stream); librdf_stream_next(stream)) {
        librdf_statement *s = librdf_stream_get_object(stream);
        if (!s || ms_add(ms, s) < 0)
            return 1;
    }
    return 0;
}

static int ms_remove_statement(librdf_storage *storage, librdf_statement *statement)
{
    (void)statement;
    librdf_log(librdf_storage_get_world(storage), 0, LIBRDF_LOG_ERROR, LIBRDF_FROM_STORAGE, NULL,
               "%s: statements cannot be removed", NG_MEMSTORE_NAME);
    return 1;
}

static int ms_contains_statement(librdf_storage *storage, librdf_statement *statement)
{
    ms_store *ms = librdf_storage_get_instance(storage);
    if (!statement_legal(statement))
        return 0;
    uint32_t t[3] = {term_lookup(ms, statement->subject), term_lookup(ms, statement->predicate),
                     term_lookup(ms, statement->object)};
    uint32_t slot;
    return t[0] != MS_ANY && t[1] != MS_ANY && t[2] != MS_ANY && triple_find(ms, t, &slot) != MS_ANY;
}

static librdf_stream *ms_serialise(librdf_storage *storage)
{
    return stream_new(storage, NULL);
}

static librdf_stream *ms_find_statements(librdf_storage *storage, librdf_statement *pattern)
{
    return stream_new(storage, pattern);
}

static void ms_factory(librdf_storage_factory *f)
{
    f->version = LIBRDF_STORAGE_INTERFACE_VERSION;
    f->init = ms_init;
    f->terminate = ms_terminate;
    f->open = ms_open;
    f->close = ms_close;
    f->size = ms_size;
    f->add_statement = ms_add_statement;
    f->add_statements = ms_add_statements;
    f->remove_statement = ms_remove_statement;
    f->contains_statement = ms_contains_statement;
    f->serialise = ms_serialise;
    f->find_statements = ms_find_statements;
    /* the rest stay NULL: librdf answers find_sources, find_arcs,
     * find_targets, get_arcs_in/out and has_arc_in/out through
     * find_statements, and contexts and transactions are not supported */
}

int ng_memstore_register(librdf_world *world)
{
    const char *name;
    for (unsigned int i = 0; librdf_storage_enumerate(world, i, &name, NULL) == 0; i++)
        if (strcmp(name, NG_MEMSTORE_NAME) == 0)
            return 0;
    return librdf_storage_register_factory(world, NG_MEMSTORE_NAME, "newsgraph's in-memory storage", ms_factory)
               ? -1
               : 0;
}
