/*
 * sorted.c - sorted output through a raptor2 serializer (see sorted.h).
 */
#include "sorted.h"
#include "ns.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

#define RDF NG_NS_RDF
#define RDFS NG_NS_RDFS
#define SKOS NG_NS_SKOS
#define DCT NG_NS_DCT
#define XSD NG_NS_XSD
#define OWL NG_NS_OWL

/* A triple kept for sorted output. s, p, dt and an IRI o are interned (the
 * strings map owns them); a literal o is the triple's own. */
typedef struct {
    char *s, *p, *o, *dt; /* dt: NULL for an IRI object, "" for a plain literal */
} triple;

/* raptor's serializers write a byte at a time through the iostream; a FILE
 * handle would take each byte through fputc. The sink gathers them in a
 * buffer that goes to fp in large writes. */
#define SINK_SIZE (256 * 1024)

struct ng_sorted {
    raptor_world *world;
    raptor_serializer *ser;
    FILE *fp;
    triple *trips;
    size_t ntrips, cap;
    ng_map *strings;        /* interned strings of kept triples */
    ng_map *terms;          /* vocabulary IRI -> raptor_term *: made once, shared by reference */
    ng_map *datatypes;      /* datatype IRI -> raptor_uri * */
    char *sink;             /* SINK_SIZE bytes on their way to fp */
    size_t sunk;
    char *last_s;           /* the subject of the triple written last ... */
    raptor_term *last_term; /* ... and its term: a subject's triples come together */
};

static void sink_flush(ng_sorted *st)
{
    if (st->sunk)
        fwrite(st->sink, 1, st->sunk, st->fp);
    st->sunk = 0;
}

static int sink_byte(void *ctx, const int byte)
{
    ng_sorted *st = ctx;
    if (st->sunk == SINK_SIZE)
        sink_flush(st);
    st->sink[st->sunk++] = (char)byte;
    return 0;
}

static int sink_bytes(void *ctx, const void *p, size_t size, size_t n)
{
    ng_sorted *st = ctx;
    size_t len = size * n;
    if (st->sunk + len > SINK_SIZE)
        sink_flush(st);
    if (len > SINK_SIZE)
        fwrite(p, 1, len, st->fp);
    else {
        memcpy(st->sink + st->sunk, p, len);
        st->sunk += len;
    }
    return (int)n;
}

static const raptor_iostream_handler sink_handler = {
    .version = 2, .write_byte = sink_byte, .write_bytes = sink_bytes};

static void set_prefixes(ng_sorted *st, const char *base)
{
    static const char *prefixes[][2] = {
        {"ng", NG_NS}, {"rdfs", RDFS}, {"skos", SKOS}, {"dcterms", DCT},
        {"xsd", XSD}, {"owl", OWL}, {NULL, NULL}};
    for (int i = 0; prefixes[i][0]; i++) {
        raptor_uri *u = raptor_new_uri(st->world, (const unsigned char *)prefixes[i][1]);
        raptor_serializer_set_namespace(st->ser, u, (const unsigned char *)prefixes[i][0]);
        raptor_free_uri(u);
    }
    static const char *kinds[] = {"article", "person", "place", "position", "meeting", "forum", "claim",
                                  "evidence", "report", "story", NULL};
    raptor_uri *b = raptor_new_uri(st->world, (const unsigned char *)base);
    raptor_serializer_set_namespace(st->ser, b, (const unsigned char *)"id");
    raptor_free_uri(b);
    for (int i = 0; kinds[i]; i++) {
        char iri[1024];
        snprintf(iri, sizeof iri, "%s%s/", base, kinds[i]);
        raptor_uri *u = raptor_new_uri(st->world, (const unsigned char *)iri);
        raptor_serializer_set_namespace(st->ser, u, (const unsigned char *)kinds[i]);
        raptor_free_uri(u);
    }
}

ng_sorted *ng_sorted_new(raptor_world *world, const char *syntax, const char *base, FILE *fp)
{
    ng_sorted *st = ng_xcalloc(1, sizeof *st);
    st->world = world;
    st->ser = raptor_new_serializer(world, syntax);
    st->fp = fp;
    st->strings = ng_map_new();
    st->terms = ng_map_new();
    st->datatypes = ng_map_new();
    st->sink = ng_xmalloc(SINK_SIZE);
    set_prefixes(st, base);
    return st;
}

static void free_term(const char *k, void *v, void *ctx)
{
    (void)k; (void)ctx;
    raptor_free_term(v);
}

static void free_uri(const char *k, void *v, void *ctx)
{
    (void)k; (void)ctx;
    raptor_free_uri(v);
}

static void free_string(const char *k, void *v, void *ctx)
{
    (void)k; (void)ctx;
    free(v);
}

void ng_sorted_free(ng_sorted *st)
{
    if (!st)
        return;
    for (size_t i = 0; i < st->ntrips; i++)
        if (st->trips[i].dt)
            free(st->trips[i].o);
    free(st->trips);
    ng_map_each(st->strings, free_string, NULL);
    ng_map_free(st->strings);
    ng_map_each(st->terms, free_term, NULL);
    ng_map_free(st->terms);
    ng_map_each(st->datatypes, free_uri, NULL);
    ng_map_free(st->datatypes);
    free(st->sink);
    if (st->last_term)
        raptor_free_term(st->last_term);
    free(st->last_s);
    raptor_free_serializer(st->ser);
    free(st);
}

static char *intern(ng_sorted *st, const char *s)
{
    size_t n = strlen(s);
    char *have = ng_map_get(st->strings, s, n);
    if (!have) {
        have = ng_xstrdup(s);
        ng_map_put(st->strings, s, n, have);
    }
    return have;
}

void ng_sorted_add(ng_sorted *st, const char *s, const char *p, const char *o, const char *dt)
{
    if (st->ntrips == st->cap) {
        st->cap = st->cap ? st->cap * 2 : 1024;
        st->trips = ng_xrealloc(st->trips, st->cap * sizeof *st->trips);
    }
    st->trips[st->ntrips++] =
        (triple){intern(st, s), intern(st, p), dt ? ng_xstrdup(o) : intern(st, o), dt ? intern(st, dt) : NULL};
}

/* Predicates, classes and value IRIs of the vocabulary recur in every
 * article: their terms are made once. */
static int in_vocabulary(const char *iri)
{
    static const char *const spaces[] = {NG_NS, RDF, RDFS, SKOS, DCT, XSD, OWL, NULL};
    for (int i = 0; spaces[i]; i++)
        if (strncmp(iri, spaces[i], strlen(spaces[i])) == 0)
            return 1;
    return 0;
}

static raptor_term *term_for(ng_sorted *st, const char *iri)
{
    if (!in_vocabulary(iri))
        return raptor_new_term_from_uri_string(st->world, (const unsigned char *)iri);
    raptor_term *t = ng_map_get(st->terms, iri, strlen(iri));
    if (!t) {
        t = raptor_new_term_from_uri_string(st->world, (const unsigned char *)iri);
        ng_map_put(st->terms, iri, strlen(iri), t);
    }
    return raptor_term_copy(t);
}

static raptor_term *literal(ng_sorted *st, const char *o, const char *dt)
{
    raptor_uri *d = NULL;
    if (*dt) {
        d = ng_map_get(st->datatypes, dt, strlen(dt));
        if (!d) {
            d = raptor_new_uri(st->world, (const unsigned char *)dt);
            ng_map_put(st->datatypes, dt, strlen(dt), d);
        }
    }
    return raptor_new_term_from_counted_literal(st->world, (const unsigned char *)o, strlen(o), d, NULL, 0);
}

static void write_triple(ng_sorted *st, const triple *t)
{
    raptor_statement s;
    raptor_statement_init(&s, st->world);
    if (!st->last_s || strcmp(st->last_s, t->s) != 0) {
        free(st->last_s);
        if (st->last_term)
            raptor_free_term(st->last_term);
        st->last_s = ng_xstrdup(t->s);
        st->last_term = term_for(st, t->s);
    }
    s.subject = raptor_term_copy(st->last_term);
    s.predicate = term_for(st, t->p);
    s.object = t->dt ? literal(st, t->o, t->dt) : term_for(st, t->o);
    raptor_serializer_serialize_statement(st->ser, &s);
    raptor_statement_clear(&s);
}

static int cmp_triple(const void *x, const void *y)
{
    const triple *a = x, *b = y;
    int c = strcmp(a->s, b->s);
    if (!c)
        c = strcmp(a->p, b->p);
    if (!c)
        c = strcmp(a->o, b->o);
    if (!c)
        c = strcmp(a->dt ? a->dt : "", b->dt ? b->dt : "");
    return c;
}

/* How often the caller hears of progress, in triples. */
#define PROGRESS_STEP 65536

size_t ng_sorted_write(ng_sorted *st, ng_progress_fn fn, void *ctx)
{
    if (fn)
        fn(ctx, 0, st->ntrips);
    if (st->ntrips) /* qsort wants a real array, even for none */
        qsort(st->trips, st->ntrips, sizeof *st->trips, cmp_triple);
    raptor_iostream *out = raptor_new_iostream_from_handler(st->world, st, &sink_handler);
    raptor_serializer_start_to_iostream(st->ser, NULL, out);
    /* Sorted, a subject's triples come together: raptor writes each group
     * out as soon as it is complete (a flush), instead of building the
     * whole graph's tree first, which costs time and memory out of
     * proportion on large graphs. */
    size_t pending = 0, written = 0;
    for (size_t i = 0; i < st->ntrips; i++) {
        if (fn && i % PROGRESS_STEP == 0 && i)
            fn(ctx, i, st->ntrips);
        if (i && cmp_triple(&st->trips[i], &st->trips[i - 1]) == 0)
            continue;
        if (pending >= 1024 && strcmp(st->trips[i].s, st->trips[i - 1].s) != 0) {
            raptor_serializer_flush(st->ser);
            pending = 0;
        }
        write_triple(st, &st->trips[i]);
        pending++;
        written++;
    }
    raptor_serializer_serialize_end(st->ser);
    raptor_free_iostream(out);
    sink_flush(st);
    if (fn)
        fn(ctx, st->ntrips, st->ntrips);
    return written;
}
