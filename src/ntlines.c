/*
 * ntlines.c - N-Triples and N-Quads lines from cached term bytes (see
 * ntlines.h).
 */
#include "ntlines.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* The cache holds up to CACHE_TERMS terms or CACHE_BYTES bytes of them,
 * then starts afresh, so memory does not grow with the number of articles.
 * Vocabulary IRIs and the entities an article names come back at once;
 * a quote is seldom met twice, so long literals are not kept at all. */
#define CACHE_TERMS 32768
#define CACHE_BYTES (4u << 20)
#define CACHE_LONGEST 512
#define OUT_SIZE (256 * 1024)

typedef struct {
    size_t len;
    char bytes[];
} cached;

/* Predicates and classes are the same string constants, triple after
 * triple: a small table keyed by the text's address answers for them
 * without hashing the text or probing the cache's large map. The text is
 * kept too, so an address reused for another string is no false hit. */
#define FRONT_SLOTS 256
#define FRONT_LONGEST 63

typedef struct {
    const char *at;
    const cached *c;
    size_t len;
    char text[FRONT_LONGEST + 1];
} front_entry;

struct ng_ntlines {
    raptor_world *world;
    FILE *fp;
    ng_map *iris;         /* IRI -> cached */
    ng_map *literals;     /* datatype IRI + NUL + text -> cached */
    size_t cache_bytes;
    ng_map *datatypes;    /* datatype IRI -> raptor_uri * */
    ng_buf key;
    ng_buf term;          /* raptor writes a term here */
    raptor_iostream *to_term;
    char *out;            /* OUT_SIZE bytes on their way to fp */
    size_t used;
    ng_buf subject;       /* the last subject ... */
    ng_buf subject_bytes; /* ... and its bytes: a subject's triples come together */
    front_entry front[FRONT_SLOTS]; /* IRIs by address; valid while the cache holds them */
};

/* raptor hands over most bytes one at a time: the common case stays here */
static int term_byte(void *ctx, const int byte)
{
    ng_buf *b = ctx;
    if (b->len + 1 < b->cap) {
        b->data[b->len++] = (char)byte;
        b->data[b->len] = '\0';
    } else {
        ng_buf_addc(b, (char)byte);
    }
    return 0;
}

static int term_bytes(void *ctx, const void *p, size_t size, size_t n)
{
    ng_buf_add(ctx, p, size * n);
    return (int)n;
}

static const raptor_iostream_handler term_handler = {
    .version = 2, .write_byte = term_byte, .write_bytes = term_bytes};

ng_ntlines *ng_ntlines_new(raptor_world *world, FILE *fp)
{
    ng_ntlines *nt = ng_xcalloc(1, sizeof *nt);
    nt->world = world;
    nt->fp = fp;
    nt->iris = ng_map_new();
    nt->literals = ng_map_new();
    nt->datatypes = ng_map_new();
    nt->to_term = raptor_new_iostream_from_handler(world, &nt->term, &term_handler);
    nt->out = ng_xmalloc(OUT_SIZE);
    return nt;
}

static void free_value(const char *k, void *v, void *ctx)
{
    (void)k; (void)ctx;
    free(v);
}

static void free_uri(const char *k, void *v, void *ctx)
{
    (void)k; (void)ctx;
    raptor_free_uri(v);
}

void ng_ntlines_free(ng_ntlines *nt)
{
    if (!nt)
        return; /* unflushed bytes are dropped: fp may be closed by now */
    ng_map_each(nt->iris, free_value, NULL);
    ng_map_free(nt->iris);
    ng_map_each(nt->literals, free_value, NULL);
    ng_map_free(nt->literals);
    ng_map_each(nt->datatypes, free_uri, NULL);
    ng_map_free(nt->datatypes);
    raptor_free_iostream(nt->to_term);
    ng_buf_free(&nt->key);
    ng_buf_free(&nt->term);
    ng_buf_free(&nt->subject);
    ng_buf_free(&nt->subject_bytes);
    free(nt->out);
    free(nt);
}

void ng_ntlines_flush(ng_ntlines *nt)
{
    if (nt->used)
        fwrite(nt->out, 1, nt->used, nt->fp);
    nt->used = 0;
}

void ng_ntlines_set_file(ng_ntlines *nt, FILE *fp)
{
    ng_ntlines_flush(nt);
    nt->fp = fp;
}

static void put(ng_ntlines *nt, const char *p, size_t n)
{
    if (nt->used + n > OUT_SIZE) {
        ng_ntlines_flush(nt);
        if (n > OUT_SIZE) {
            fwrite(p, 1, n, nt->fp);
            return;
        }
    }
    memcpy(nt->out + nt->used, p, n);
    nt->used += n;
}

static raptor_uri *datatype(ng_ntlines *nt, const char *dt)
{
    if (!*dt)
        return NULL;
    raptor_uri *d = ng_map_get(nt->datatypes, dt, strlen(dt));
    if (!d) {
        d = raptor_new_uri(nt->world, (const unsigned char *)dt);
        ng_map_put(nt->datatypes, dt, strlen(dt), d);
    }
    return d;
}

/* raptor writes the term's N-Triples form into nt->term. */
static void escape(ng_ntlines *nt, const char *text, const char *dt)
{
    raptor_term *t =
        dt ? raptor_new_term_from_counted_literal(nt->world, (const unsigned char *)text, strlen(text),
                                                  datatype(nt, dt), NULL, 0)
           : raptor_new_term_from_uri_string(nt->world, (const unsigned char *)text);
    ng_buf_clear(&nt->term);
    /* raptor_statement_ntriples_write's own call for each term (the
     * deprecated raptor_term_ntriples_write is this call too) */
    raptor_term_escaped_write(t, RAPTOR_ESCAPED_WRITE_NTRIPLES_LITERAL, nt->to_term);
    raptor_free_term(t);
}

static void forget(ng_map *m)
{
    ng_map_each(m, free_value, NULL);
    ng_map_clear(m);
}

/* Keeps nt->term's bytes under key k; returns them. */
static const cached *keep(ng_ntlines *nt, ng_map *m, const char *k, size_t klen)
{
    if (ng_map_count(nt->iris) + ng_map_count(nt->literals) >= CACHE_TERMS || nt->cache_bytes >= CACHE_BYTES) {
        forget(nt->iris);
        forget(nt->literals);
        memset(nt->front, 0, sizeof nt->front);
        nt->cache_bytes = 0;
    }
    cached *n = ng_xmalloc(sizeof *n + nt->term.len);
    n->len = nt->term.len;
    memcpy(n->bytes, nt->term.data, n->len);
    ng_map_put(m, k, klen, n);
    nt->cache_bytes += sizeof *n + n->len + klen;
    return n;
}

static front_entry *front_of(ng_ntlines *nt, const char *iri)
{
    uintptr_t a = (uintptr_t)iri;
    return &nt->front[(a ^ (a >> 8)) % FRONT_SLOTS];
}

/* The cached bytes of the IRI at this address, if the front table has them. */
static const cached *front_get(ng_ntlines *nt, const char *iri)
{
    const front_entry *f = front_of(nt, iri);
    if (f->at == iri && strncmp(iri, f->text, f->len + 1) == 0)
        return f->c;
    return NULL;
}

static void front_put(ng_ntlines *nt, const char *iri, size_t n, const cached *c)
{
    if (n > FRONT_LONGEST)
        return;
    front_entry *f = front_of(nt, iri);
    f->at = iri;
    f->c = c;
    f->len = n;
    memcpy(f->text, iri, n + 1);
}

/* The term's bytes, from the cache when they are there (a long literal,
 * a quote, is escaped every time: it would only crowd the cache). */
static const char *term(ng_ntlines *nt, const char *text, const char *dt, size_t *len)
{
    const cached *c = dt ? NULL : front_get(nt, text);
    if (c) {
        *len = c->len;
        return c->bytes;
    }
    size_t n = strlen(text);
    ng_map *m = dt ? nt->literals : nt->iris;
    const char *k = text;
    size_t klen = n;
    if (n <= CACHE_LONGEST) {
        if (dt) { /* an IRI is its own key; a literal's has its datatype */
            ng_buf_clear(&nt->key);
            ng_buf_add(&nt->key, dt, strlen(dt) + 1);
            ng_buf_add(&nt->key, text, n);
            k = nt->key.data;
            klen = nt->key.len;
        }
        c = ng_map_get(m, k, klen);
        if (c) {
            if (!dt)
                front_put(nt, text, n, c);
            *len = c->len;
            return c->bytes;
        }
    }
    escape(nt, text, dt);
    if (n <= CACHE_LONGEST) {
        c = keep(nt, m, k, klen);
        if (!dt)
            front_put(nt, text, n, c);
    }
    *len = nt->term.len;
    return nt->term.data;
}

static void put_term(ng_ntlines *nt, const char *text, const char *dt)
{
    size_t len;
    const char *b = term(nt, text, dt, &len);
    put(nt, b, len);
}

static void put_subject(ng_ntlines *nt, const char *s)
{
    if (!nt->subject.len || strcmp(nt->subject.data, s) != 0) {
        size_t len;
        const char *b = term(nt, s, NULL, &len);
        ng_buf_clear(&nt->subject_bytes);
        ng_buf_add(&nt->subject_bytes, b, len);
        ng_buf_clear(&nt->subject);
        ng_buf_adds(&nt->subject, s);
    }
    put(nt, nt->subject_bytes.data, nt->subject_bytes.len);
}

/* raptor_statement_ntriples_write's layout: terms parted by one space. */
void ng_ntlines_write(ng_ntlines *nt, const char *s, const char *p, const char *o, const char *dt,
                      const char *g)
{
    put_subject(nt, s);
    put(nt, " ", 1);
    put_term(nt, p, NULL);
    put(nt, " ", 1);
    put_term(nt, o, dt);
    if (g) {
        put(nt, " ", 1);
        put_term(nt, g, NULL);
    }
    put(nt, " .\n", 3);
}
