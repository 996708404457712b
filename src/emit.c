/*
 * emit.c - facts to triples, written by raptor2 (see newsgraph.h).
 *
 * The one place that knows RDF. IRIs are minted here from slugs, so the
 * same entity gets the same IRI in every run. Grouping syntaxes (Turtle,
 * RDF/XML, ...) collect the triples, drop duplicates and write them
 * sorted, so output does not depend on thread scheduling. N-Triples and
 * N-Quads stream: each article's triples are written as it is added, and
 * only triples about shared entities (people, places, events) are
 * remembered to avoid writing them twice.
 */
#include "article.h"
#include "money.h"
#include "ntlines.h"
#include "resolve.h"

#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define SKOS "http://www.w3.org/2004/02/skos/core#"
#define DCT "http://purl.org/dc/terms/"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define OWL "http://www.w3.org/2002/07/owl#"

/* A triple kept for sorted output. s, p, dt and an IRI o are interned (the
 * writer's strings map owns them); a literal o is the triple's own. */
typedef struct {
    char *s, *p, *o, *dt; /* dt: NULL for an IRI object, "" for a plain literal */
} triple;

struct ng_writer {
    raptor_world *world;
    raptor_serializer *ser;
    raptor_uri *base_uri;
    char *base;
    int streaming, quads, started;
    FILE *fp;
    ng_map *seen;          /* triple key -> non-NULL */
    ng_map *article_seen;  /* streaming: the article's own triples written */
    ng_map *labels;        /* entity IRI -> its rdfs:label (owned) */
    ng_map *kinds;         /* entity IRI -> "person"/"place" */
    triple *trips;
    size_t ntrips, cap;
    ng_map *strings;       /* interned strings of kept triples */
    size_t count;
    size_t persons, places;
    char *graph;           /* N-Quads: the current article's IRI */
    ng_map *terms;         /* vocabulary IRI -> raptor_term *: made once, shared by reference */
    ng_map *datatypes;     /* datatype IRI -> raptor_uri * */
    ng_buf key;
    raptor_iostream *out;  /* raptor writes here; it fills sink */
    char *sink;            /* SINK_SIZE bytes on their way to fp */
    size_t sunk;
    char *last_s;          /* the subject of the triple written last ... */
    raptor_term *last_term; /* ... and its term: a subject's triples come together */
    ng_ntlines *lines;     /* streaming formats: lines from cached term bytes */
};

/* raptor's serializers write a byte at a time through the iostream; a FILE
 * handle would take each byte through fputc. The sink gathers them in a
 * buffer that goes to fp in large writes, at the latest when an article or
 * the document is done (so what ng_writer_add wrote is in fp when it
 * returns). */
#define SINK_SIZE (256 * 1024)

static void sink_flush(ng_writer *w)
{
    if (w->sunk)
        fwrite(w->sink, 1, w->sunk, w->fp);
    w->sunk = 0;
}

static int sink_byte(void *ctx, const int byte)
{
    ng_writer *w = ctx;
    if (w->sunk == SINK_SIZE)
        sink_flush(w);
    w->sink[w->sunk++] = (char)byte;
    return 0;
}

static int sink_bytes(void *ctx, const void *p, size_t size, size_t n)
{
    ng_writer *w = ctx;
    size_t len = size * n;
    if (w->sunk + len > SINK_SIZE)
        sink_flush(w);
    if (len > SINK_SIZE)
        fwrite(p, 1, len, w->fp);
    else {
        memcpy(w->sink + w->sunk, p, len);
        w->sunk += len;
    }
    return (int)n;
}

static const raptor_iostream_handler sink_handler = {
    .version = 2, .write_byte = sink_byte, .write_bytes = sink_bytes};

int ng_writer_is_streaming(const char *syntax)
{
    return strcmp(syntax, "ntriples") == 0 || strcmp(syntax, "nquads") == 0;
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

static void free_label(const char *k, void *v, void *ctx)
{
    (void)k; (void)ctx;
    if (v != (void *)1)
        free(v);
}

int ng_writer_new(ng_writer **out, const char *syntax, const char *base, FILE *fp, char *err, size_t errlen)
{
    *out = NULL;
    ng_writer *w = ng_xcalloc(1, sizeof *w);
    w->world = raptor_new_world();
    /* URIs are not shared between terms often enough to pay for interning */
    if (w->world)
        raptor_world_set_flag(w->world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0);
    if (!w->world || raptor_world_open(w->world)) {
        snprintf(err, errlen, "cannot start raptor2");
        free(w);
        return NG_EIO;
    }
    if (!raptor_world_is_serializer_name(w->world, syntax)) {
        snprintf(err, errlen, "unknown output format '%s' (see --list-formats)", syntax);
        raptor_free_world(w->world);
        free(w);
        return NG_EUSAGE;
    }
    w->ser = raptor_new_serializer(w->world, syntax);
    w->base = ng_xstrdup(base);
    w->base_uri = raptor_new_uri(w->world, (const unsigned char *)base);
    w->streaming = ng_writer_is_streaming(syntax);
    w->quads = strcmp(syntax, "nquads") == 0;
    w->fp = fp;
    if (w->streaming)
        w->lines = ng_ntlines_new(w->world, fp);
    w->sink = ng_xmalloc(SINK_SIZE);
    w->seen = ng_map_new();
    w->article_seen = ng_map_new();
    w->strings = ng_map_new();
    w->labels = ng_map_new();
    w->kinds = ng_map_new();
    w->terms = ng_map_new();
    w->datatypes = ng_map_new();
    static const char *prefixes[][2] = {
        {"ng", "https://w3id.org/newsgraph/ns#"}, {"rdfs", RDFS}, {"skos", SKOS}, {"dcterms", DCT},
        {"xsd", XSD}, {"owl", OWL}, {NULL, NULL}};
    for (int i = 0; prefixes[i][0]; i++) {
        raptor_uri *u = raptor_new_uri(w->world, (const unsigned char *)prefixes[i][1]);
        raptor_serializer_set_namespace(w->ser, u, (const unsigned char *)prefixes[i][0]);
        raptor_free_uri(u);
    }
    static const char *kinds[] = {"article", "person", "place", "position", "meeting", "forum", "claim",
                                  "evidence", NULL};
    raptor_serializer_set_namespace(w->ser, w->base_uri, (const unsigned char *)"id");
    for (int i = 0; kinds[i]; i++) {
        char iri[1024];
        snprintf(iri, sizeof iri, "%s%s/", base, kinds[i]);
        raptor_uri *u = raptor_new_uri(w->world, (const unsigned char *)iri);
        raptor_serializer_set_namespace(w->ser, u, (const unsigned char *)kinds[i]);
        raptor_free_uri(u);
    }
    *out = w;
    return NG_OK;
}

void ng_writer_free(ng_writer *w)
{
    if (!w)
        return;
    for (size_t i = 0; i < w->ntrips; i++)
        if (w->trips[i].dt)
            free(w->trips[i].o);
    free(w->trips);
    ng_map_each(w->strings, free_label, NULL);
    ng_map_free(w->strings);
    ng_map_free(w->seen);
    ng_map_free(w->article_seen);
    ng_map_each(w->labels, free_label, NULL);
    ng_map_free(w->labels);
    ng_map_free(w->kinds);
    ng_map_each(w->terms, free_term, NULL);
    ng_map_free(w->terms);
    ng_map_each(w->datatypes, free_uri, NULL);
    ng_map_free(w->datatypes);
    ng_buf_free(&w->key);
    if (w->out)
        raptor_free_iostream(w->out);
    ng_ntlines_free(w->lines);
    free(w->sink);
    if (w->last_term)
        raptor_free_term(w->last_term);
    free(w->last_s);
    free(w->graph);
    free(w->base);
    if (w->base_uri)
        raptor_free_uri(w->base_uri);
    if (w->ser)
        raptor_free_serializer(w->ser);
    raptor_free_world(w->world);
    free(w);
}

static void start(ng_writer *w)
{
    if (!w->started) {
        w->out = raptor_new_iostream_from_handler(w->world, w, &sink_handler);
        raptor_serializer_start_to_iostream(w->ser, NULL, w->out);
        w->started = 1;
    }
}

/* Ends raptor's document and hands every byte to fp. */
static void stop(ng_writer *w)
{
    if (w->started) {
        raptor_serializer_serialize_end(w->ser);
        raptor_free_iostream(w->out);
        w->out = NULL;
        w->started = 0;
    }
    sink_flush(w);
}

/* Predicates, classes and value IRIs of the vocabulary recur in every
 * article: their terms are made once. Instance IRIs and page addresses are
 * not kept, so memory does not grow with the number of articles. */
static int in_vocabulary(const char *iri)
{
    static const char *const spaces[] = {NG_NS, RDF, RDFS, SKOS, DCT, XSD, OWL, NULL};
    for (int i = 0; spaces[i]; i++)
        if (strncmp(iri, spaces[i], strlen(spaces[i])) == 0)
            return 1;
    return 0;
}

static raptor_term *term_for(ng_writer *w, const char *iri)
{
    int vocabulary = in_vocabulary(iri);
    if (!vocabulary)
        return raptor_new_term_from_uri_string(w->world, (const unsigned char *)iri);
    raptor_term *t = ng_map_get(w->terms, iri, strlen(iri));
    if (!t) {
        t = raptor_new_term_from_uri_string(w->world, (const unsigned char *)iri);
        ng_map_put(w->terms, iri, strlen(iri), t);
    }
    return raptor_term_copy(t);
}

static void write_triple(ng_writer *w, const char *s, const char *p, const char *o, const char *dt)
{
    raptor_statement st;
    raptor_statement_init(&st, w->world);
    if (!w->last_s || strcmp(w->last_s, s) != 0) {
        free(w->last_s);
        if (w->last_term)
            raptor_free_term(w->last_term);
        w->last_s = ng_xstrdup(s);
        w->last_term = term_for(w, s);
    }
    st.subject = raptor_term_copy(w->last_term);
    st.predicate = term_for(w, p);
    if (!dt) {
        st.object = term_for(w, o);
    } else {
        raptor_uri *d = NULL;
        if (*dt) {
            d = ng_map_get(w->datatypes, dt, strlen(dt));
            if (!d) {
                d = raptor_new_uri(w->world, (const unsigned char *)dt);
                ng_map_put(w->datatypes, dt, strlen(dt), d);
            }
        }
        st.object = raptor_new_term_from_counted_literal(w->world, (const unsigned char *)o, strlen(o), d, NULL, 0);
    }
    if (w->quads && w->graph)
        st.graph = raptor_new_term_from_uri_string(w->world, (const unsigned char *)w->graph);
    start(w);
    raptor_serializer_serialize_statement(w->ser, &st);
    raptor_statement_clear(&st);
}

/* shared: a triple about an entity several articles may describe */
static char *intern(ng_writer *w, const char *s)
{
    size_t n = strlen(s);
    char *have = ng_map_get(w->strings, s, n);
    if (!have) {
        have = ng_xstrdup(s);
        ng_map_put(w->strings, s, n, have);
    }
    return have;
}

/* Control characters have no place in a literal, and raptor's Turtle
 * writer leaves a carriage return raw where the grammar forbids it: they
 * become spaces (line feeds and tabs stay; raptor escapes them). */
static int has_control(const char *o)
{
    for (const unsigned char *c = (const unsigned char *)o; *c; c++)
        if ((*c < 0x20 && *c != '\n' && *c != '\t') || *c == 0x7f)
            return 1;
    return 0;
}

/* The scope of a triple, for streaming output's dedup: 0, the article's
 * own; 1, shared with other articles; ONCE, about a subject the article
 * describes in one place (a claim, an evidence node written once), whose
 * triples need no remembering one by one. */
#define ONCE 2

/* Sorted output drops repeated triples when it sorts them; streaming
 * output remembers the article's triples until the next article, and the
 * shared ones until it must forget (see forget). */
static void emit(ng_writer *w, int shared, const char *s, const char *p, const char *o, const char *dt)
{
    if (dt && has_control(o)) {
        char *clean = ng_xstrdup(o);
        for (unsigned char *c = (unsigned char *)clean; *c; c++)
            if ((*c < 0x20 && *c != '\n' && *c != '\t') || *c == 0x7f)
                *c = ' ';
        emit(w, shared, s, p, clean, dt);
        free(clean);
        return;
    }
    if (w->streaming && shared != ONCE) {
        ng_map *seen = shared ? w->seen : w->article_seen;
        ng_buf_clear(&w->key);
        ng_buf_adds(&w->key, s);
        ng_buf_addc(&w->key, '\t');
        ng_buf_adds(&w->key, p);
        ng_buf_addc(&w->key, '\t');
        ng_buf_adds(&w->key, o);
        ng_buf_addc(&w->key, '\t');
        ng_buf_adds(&w->key, dt ? dt : "<>");
        if (!ng_map_add(seen, w->key.data, w->key.len, (void *)1))
            return;
    }
    if (w->streaming) {
        w->count++;
        ng_ntlines_write(w->lines, s, p, o, dt, w->graph);
        return;
    }
    if (w->ntrips == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 1024;
        w->trips = ng_xrealloc(w->trips, w->cap * sizeof *w->trips);
    }
    w->trips[w->ntrips++] =
        (triple){intern(w, s), intern(w, p), dt ? ng_xstrdup(o) : intern(w, o), dt ? intern(w, dt) : NULL};
}

static void lit(ng_writer *w, int shared, const char *s, const char *p, const char *o)
{
    emit(w, shared, s, p, o, "");
}

/* type: a full datatype IRI (XSD "date") */
static void typed(ng_writer *w, int shared, const char *s, const char *p, const char *o, const char *type)
{
    emit(w, shared, s, p, o, type);
}

static void iri(ng_writer *w, int shared, const char *s, const char *p, const char *o)
{
    emit(w, shared, s, p, o, NULL);
}

static char *mint(const ng_writer *w, const char *kind, const char *slug)
{
    size_t nb = strlen(w->base), nk = strlen(kind), ns = strlen(slug);
    char *iri = ng_xmalloc(nb + nk + ns + 2);
    memcpy(iri, w->base, nb);
    memcpy(iri + nb, kind, nk);
    iri[nb + nk] = '/';
    memcpy(iri + nb + nk + 1, slug, ns + 1);
    return iri;
}

/* One rdfs:label per entity: the first seen; later names are altLabels. */
static void label(ng_writer *w, const char *s, const char *name, const char *kind)
{
    const char *have = ng_map_get(w->labels, s, strlen(s));
    if (!have) {
        ng_map_put(w->labels, s, strlen(s), ng_xstrdup(name));
        lit(w, 1, s, RDFS "label", name);
        if (strcmp(kind, "person") == 0)
            w->persons++;
        else if (strcmp(kind, "place") == 0)
            w->places++;
    } else if (strcmp(have, name) != 0) {
        lit(w, 1, s, SKOS "altLabel", name);
    }
}

static void emit_place(ng_writer *w, const ng_place *p, int depth)
{
    char *s = mint(w, "place", p->slug);
    if (!ng_map_get(w->labels, s, strlen(s))) {
        if (p->classes & NG_COUNTRY)
            iri(w, 1, s, RDF "type", NG_NS "Country");
        if (p->classes & NG_REGION)
            iri(w, 1, s, RDF "type", NG_NS "Region");
        if (p->classes & NG_CITY)
            iri(w, 1, s, RDF "type", NG_NS "City");
        label(w, s, p->label, "place");
        for (size_t i = 0; i < p->alts.len; i++)
            lit(w, 1, s, SKOS "altLabel", p->alts.items[i]);
        if (p->same_as)
            iri(w, 1, s, OWL "sameAs", p->same_as);
        if (p->part_of && depth < 6) {
            char *o = mint(w, "place", p->part_of->slug);
            iri(w, 1, s, NG_NS "partOf", o);
            free(o);
            emit_place(w, p->part_of, depth + 1);
        }
    }
    free(s);
}

static char *person_iri(const ng_writer *w, const ng_article *a, int idx)
{
    return mint(w, "person", a->mentions.persons[idx].slug);
}

static void format_decimal_double(double v, char *buf, size_t len)
{
    snprintf(buf, len, "%.6f", v);
    char *dot = strchr(buf, '.');
    if (!dot)
        return;
    char *end = buf + strlen(buf) - 1;
    while (end > dot + 1 && *end == '0')
        *end-- = '\0';
}

static void date_literal(ng_writer *w, int shared, const char *s, const char *p, ng_date d)
{
    char buf[16];
    ng_date_format(d, buf);
    typed(w, shared, s, p, buf, d.d ? XSD "date" : (d.m ? XSD "gYearMonth" : XSD "gYear"));
}

static char *evidence(ng_writer *w, const ng_article *a, const char *art, ng_span sp)
{
    size_t cs = ng_doc_cp_offset(&a->doc, sp.start), ce = ng_doc_cp_offset(&a->doc, sp.end);
    char slug[96];
    snprintf(slug, sizeof slug, "%.16s-%zu-%zu", a->doc.sha256, cs, ce);
    char *e = mint(w, "evidence", slug);
    /* several facts of a sentence share its evidence: streaming output
     * writes it once per article (the \1 keeps this key from any triple's) */
    if (w->streaming) {
        ng_buf_clear(&w->key);
        ng_buf_addc(&w->key, '\1');
        ng_buf_adds(&w->key, e);
        if (!ng_map_add(w->article_seen, w->key.data, w->key.len, (void *)1))
            return e;
    }
    iri(w, ONCE, e, RDF "type", NG_NS "Evidence");
    iri(w, ONCE, e, NG_NS "inArticle", art);
    char *q = ng_xstrndup(a->doc.text + sp.start, sp.end - sp.start);
    lit(w, ONCE, e, NG_NS "quote", q);
    free(q);
    char num[32];
    snprintf(num, sizeof num, "%zu", cs);
    typed(w, ONCE, e, NG_NS "start", num, XSD "integer");
    snprintf(num, sizeof num, "%zu", ce);
    typed(w, ONCE, e, NG_NS "end", num, XSD "integer");
    return e;
}

/* A page's own address is written as an IRI only when it is one: a scheme
 * first ("https://"), then no byte an IRI may not hold. Anything else
 * would be resolved against the instance namespace, so it stays a string. */
static int absolute_iri(const char *s)
{
    const char *p = s;
    if (!isalpha((unsigned char)*p))
        return 0;
    while (isalnum((unsigned char)*p) || *p == '+' || *p == '.' || *p == '-')
        p++;
    if (strncmp(p, "://", 3) != 0)
        return 0;
    for (p = s; *p; p++)
        if ((unsigned char)*p <= 0x20 || *p == 0x7f || strchr("<>\"{}|\\^`", *p))
            return 0;
    return 1;
}

static void emit_article_node(ng_writer *w, const ng_article *a, const char *art)
{
    const ng_doc *d = &a->doc;
    iri(w, 0, art, RDF "type", NG_NS "Article");
    lit(w, 0, art, NG_NS "file", d->name);
    lit(w, 0, art, NG_NS "sha256", d->sha256);
    if (d->issued.y) {
        char buf[32];
        if (d->hour >= 0) {
            snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:00", d->issued.y, d->issued.m, d->issued.d,
                     d->hour, d->minute);
            typed(w, 0, art, DCT "issued", buf, XSD "dateTime");
        } else {
            date_literal(w, 0, art, DCT "issued", d->issued);
        }
    }
    if (d->title)
        lit(w, 0, art, DCT "title", d->title);
    if (d->source) {
        if (absolute_iri(d->source))
            iri(w, 0, art, DCT "source", d->source);
        else
            lit(w, 0, art, DCT "source", d->source);
    }
}

static void emit_people(ng_writer *w, const ng_article *a, const char *art)
{
    const ng_mentions *m = &a->mentions;
    for (size_t i = 0; i < m->npersons; i++) {
        const ng_xperson *p = &m->persons[i];
        char *s = person_iri(w, a, (int)i);
        iri(w, 1, s, RDF "type", NG_NS "Person");
        label(w, s, p->label, "person");
        for (size_t k = 0; k < p->forms.len; k++)
            label(w, s, p->forms.items[k], "person");
        if (p->known && p->known->same_as)
            iri(w, 1, s, OWL "sameAs", p->known->same_as);
        iri(w, 0, art, NG_NS "mentions", s);
        free(s);
    }
    for (size_t i = 0; i < m->len; i++) {
        if (m->items[i].kind != NG_M_PLACE)
            continue;
        emit_place(w, m->items[i].place, 0);
        char *o = mint(w, "place", m->items[i].place->slug);
        iri(w, 0, art, NG_NS "mentions", o);
        free(o);
    }
    if (a->doc.dateline_tok_end > a->doc.dateline_tok_start) {
        size_t mi = ng_mentions_from(m, a->doc.dateline_tok_start);
        if (mi < m->len && m->items[mi].kind == NG_M_PLACE &&
            m->items[mi].tok_start < a->doc.dateline_tok_end) {
            char *o = mint(w, "place", m->items[mi].place->slug);
            iri(w, 0, art, NG_NS "dateline", o);
            free(o);
        }
    }
}

static void emit_positions(ng_writer *w, const ng_article *a, const char *art)
{
    const ng_mentions *m = &a->mentions;
    for (size_t i = 0; i < m->npositions; i++) {
        const ng_xposition *p = &m->positions[i];
        ng_buf slug;
        ng_buf_init(&slug);
        char *type = ng_slug(p->type, strlen(p->type));
        ng_buf_printf(&slug, "%s--%s--%s", m->persons[p->person].slug, type,
                      p->jurisdiction ? p->jurisdiction->slug : "unspecified");
        free(type);
        char *s = mint(w, "position", slug.data);
        ng_buf_free(&slug);
        char *who = person_iri(w, a, p->person);
        iri(w, 1, who, NG_NS "holds", s);
        iri(w, 1, s, RDF "type", NG_NS "Position");
        char t[128];
        snprintf(t, sizeof t, NG_NS "%s", p->type);
        iri(w, 1, s, NG_NS "positionType", t);
        if (p->jurisdiction) {
            emit_place(w, p->jurisdiction, 0);
            char *j = mint(w, "place", p->jurisdiction->slug);
            iri(w, 1, s, NG_NS "jurisdiction", j);
            free(j);
        }
        iri(w, 0, s, NG_NS "attestedIn", art);
        size_t si = ng_sentence_of(&a->sentences, p->tok);
        if (si != (size_t)-1) {
            const ng_sentence *sen = &a->sentences.items[si];
            ng_span sp = {a->doc.toks.toks[sen->tok_start].start, a->doc.toks.toks[sen->tok_end - 1].end};
            char *e = evidence(w, a, art, sp);
            iri(w, 0, s, NG_NS "evidence", e);
            lit(w, 0, e, NG_NS "rule", p->rule ? p->rule : "builtin:position-title");
            free(e);
        }
        free(who);
        free(s);
    }
}

static int first_time(ng_writer *w, const char *what, const char *s)
{
    ng_buf_clear(&w->key);
    ng_buf_printf(&w->key, "%s\t%s", what, s);
    if (ng_map_get(w->labels, w->key.data, w->key.len))
        return 0;
    ng_map_put(w->labels, w->key.data, w->key.len, (void *)1);
    return 1;
}

static char *event_iri(ng_writer *w, const ng_article *a, const ng_event *e)
{
    ng_buf slug;
    ng_buf_init(&slug);
    char day[16];
    if (e->date.y)
        ng_date_format(e->date, day);
    else
        snprintf(day, sizeof day, "undated");
    if (e->is_forum) {
        char *name = e->series_slug ? ng_xstrdup(e->series_slug) : ng_slug(e->label, strlen(e->label));
        if (e->edition)
            ng_buf_printf(&slug, "%s-%d", name, e->edition);
        else if (e->date.y)
            ng_buf_printf(&slug, "%s-%s", name, day);
        else
            ng_buf_printf(&slug, "%s-undated-%.16s", name, a->doc.sha256);
        free(name);
    } else {
        ng_buf_adds(&slug, day);
        if (!e->date.y)
            ng_buf_printf(&slug, "-%.16s", a->doc.sha256);
        for (int i = 0; i < e->nparticipants; i++)
            ng_buf_printf(&slug, "--%s", a->mentions.persons[e->participants[i]].slug);
        ng_buf_adds(&slug, e->mode == NG_MODE_REMOTE ? "--remote" : "");
    }
    char *s = mint(w, e->is_forum ? "forum" : "meeting", slug.data);
    ng_buf_free(&slug);
    return s;
}

static void emit_events(ng_writer *w, const ng_article *a, const char *art)
{
    for (size_t i = 0; i < a->events.len; i++) {
        const ng_event *e = &a->events.items[i];
        char *s = event_iri(w, a, e);
        iri(w, 1, s, RDF "type", NG_NS "Event");
        iri(w, 1, s, RDF "type", e->is_forum ? NG_NS "Forum" : NG_NS "Meeting");
        if (e->is_forum) {
            label(w, s, e->label, "forum");
            if (e->edition) {
                char num[16];
                snprintf(num, sizeof num, "%d", e->edition);
                typed(w, 1, s, NG_NS "edition", num, XSD "integer");
            }
        }
        /* an event has one date and one place: the first report's */
        if (e->date.y && first_time(w, "date", s))
            date_literal(w, 1, s, NG_NS "date", e->date);
        for (int k = 0; k < e->nparticipants; k++) {
            char *p = person_iri(w, a, e->participants[k]);
            iri(w, 1, s, NG_NS "participant", p);
            free(p);
        }
        if (e->location && first_time(w, "location", s)) {
            emit_place(w, e->location, 0);
            char *l = mint(w, "place", e->location->slug);
            iri(w, 1, s, NG_NS "location", l);
            free(l);
        }
        if (e->mode && !e->is_forum)
            iri(w, 1, s, NG_NS "mode", e->mode == NG_MODE_REMOTE ? NG_NS "Remote" : NG_NS "InPerson");
        iri(w, 0, s, NG_NS "reportedIn", art);
        char *ev = evidence(w, a, art, e->span);
        iri(w, 0, s, NG_NS "evidence", ev);
        /* which rule found it (several facts of one sentence: several) */
        lit(w, 0, ev, NG_NS "rule", e->rule ? e->rule : "builtin:event");
        free(ev);
        free(s);
    }
}

static void emit_claims(ng_writer *w, const ng_article *a, const char *art)
{
    for (size_t i = 0; i < a->claims.len; i++) {
        const ng_claim *c = &a->claims.items[i];
        char slug[64];
        snprintf(slug, sizeof slug, "%.16s-%zu", a->doc.sha256, i + 1);
        char *s = mint(w, "claim", slug);
        char buf[128];
        iri(w, ONCE, s, RDF "type", NG_NS "EconomicClaim");
        iri(w, ONCE, s, NG_NS "statedIn", art);
        snprintf(buf, sizeof buf, NG_NS "%s", c->indicator);
        iri(w, ONCE, s, NG_NS "indicator", buf);
        ng_decimal_format(c->mantissa, c->decimals, buf, sizeof buf);
        typed(w, ONCE, s, NG_NS "value", buf, XSD "decimal");
        lit(w, ONCE, s, NG_NS "unit", c->unit);
        if (c->period_start.y) {
            date_literal(w, ONCE, s, NG_NS "periodStart", c->period_start);
            date_literal(w, ONCE, s, NG_NS "periodEnd", c->period_end);
        }
        if (c->period_label)
            lit(w, ONCE, s, NG_NS "periodLabel", c->period_label);
        for (int k = 0; k < c->nparties; k++) {
            emit_place(w, c->parties[k], 0);
            char *p = mint(w, "place", c->parties[k]->slug);
            iri(w, 0, s, NG_NS "party", p);
            free(p);
        }
        iri(w, ONCE, s, NG_NS "status", c->projected ? NG_NS "Projected" : NG_NS "Actual");
        snprintf(buf, sizeof buf, NG_NS "%s", c->qualifier);
        iri(w, ONCE, s, NG_NS "qualifier", buf);
        if (c->has_change) {
            format_decimal_double(c->change, buf, sizeof buf);
            typed(w, ONCE, s, NG_NS "changePercent", buf, XSD "decimal");
        }
        if (c->speaker >= 0) {
            char *p = person_iri(w, a, c->speaker);
            iri(w, ONCE, s, NG_NS "speaker", p);
            free(p);
        }
        char *q = ng_xstrndup(a->doc.text + c->span.start, c->span.end - c->span.start);
        lit(w, ONCE, s, NG_NS "quote", q);
        free(q);
        snprintf(buf, sizeof buf, "%zu", ng_doc_cp_offset(&a->doc, c->span.start));
        typed(w, ONCE, s, NG_NS "start", buf, XSD "integer");
        snprintf(buf, sizeof buf, "%zu", ng_doc_cp_offset(&a->doc, c->span.end));
        typed(w, ONCE, s, NG_NS "end", buf, XSD "integer");
        free(s);
    }
}

/* Streaming output keeps memory bounded whatever the number of articles:
 * when what it remembers of entities written (to write their labels and
 * shared triples once) passes STREAM_MEMORY entries, it starts afresh. An
 * entity met again is described again: repeated triples are the same
 * triples to any RDF reader, and labels come from canonical names, so they
 * agree. Delivery is in input order, so the output stays deterministic. */
#define STREAM_MEMORY 50000

static void forget(ng_writer *w)
{
    ng_map_free(w->seen);
    ng_map_each(w->labels, free_label, NULL);
    ng_map_free(w->labels);
    w->seen = ng_map_new();
    w->labels = ng_map_new();
}

int ng_writer_restart(ng_writer *w, FILE *fp)
{
    if (!w->streaming)
        return NG_EUSAGE;
    stop(w); /* the previous document was not finished: finish it */
    forget(w);
    ng_map_free(w->article_seen);
    w->article_seen = ng_map_new();
    w->fp = fp;
    ng_ntlines_set_file(w->lines, fp);
    w->count = w->persons = w->places = 0;
    return NG_OK;
}

int ng_writer_add(ng_writer *w, const ng_article *a)
{
    char slug[32];
    snprintf(slug, sizeof slug, "%.16s", a->doc.sha256);
    char *art = mint(w, "article", slug);
    if (w->streaming)
        ng_map_clear(w->article_seen);
    free(w->graph);
    w->graph = w->quads ? ng_xstrdup(art) : NULL;
    emit_article_node(w, a, art);
    emit_people(w, a, art);
    emit_positions(w, a, art);
    emit_events(w, a, art);
    emit_claims(w, a, art);
    free(art);
    if (w->streaming && ng_map_count(w->seen) + ng_map_count(w->labels) > STREAM_MEMORY)
        forget(w);
    if (w->lines)
        ng_ntlines_flush(w->lines);
    return ferror(w->fp) ? NG_EIO : NG_OK;
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

int ng_writer_finish(ng_writer *w)
{
    if (!w->streaming) {
        if (w->ntrips)  /* qsort wants a real array, even for none */
            qsort(w->trips, w->ntrips, sizeof *w->trips, cmp_triple);
        /* Sorted, a subject's triples come together: raptor writes each
         * group out as soon as it is complete (a flush), instead of
         * building the whole graph's tree first, which costs time and
         * memory out of proportion on large graphs. */
        size_t pending = 0;
        for (size_t i = 0; i < w->ntrips; i++) {
            if (i && cmp_triple(&w->trips[i], &w->trips[i - 1]) == 0)
                continue;
            if (pending >= 1024 && strcmp(w->trips[i].s, w->trips[i - 1].s) != 0) {
                raptor_serializer_flush(w->ser);
                pending = 0;
            }
            write_triple(w, w->trips[i].s, w->trips[i].p, w->trips[i].o, w->trips[i].dt);
            pending++;
            w->count++;
        }
    }
    if (w->lines)
        ng_ntlines_flush(w->lines);
    start(w);
    stop(w);
    fflush(w->fp);
    return ferror(w->fp) ? NG_EIO : NG_OK;
}

size_t ng_writer_triples(const ng_writer *w)
{
    return w->count;
}

size_t ng_writer_entities(const ng_writer *w, const char *kind)
{
    return strcmp(kind, "person") == 0 ? w->persons : strcmp(kind, "place") == 0 ? w->places : 0;
}

void ng_writer_list_syntaxes(FILE *fp)
{
    raptor_world *world = raptor_new_world();
    raptor_world_open(world);
    for (unsigned int i = 0;; i++) {
        const raptor_syntax_description *d = raptor_world_get_serializer_description(world, i);
        if (!d)
            break;
        fprintf(fp, "  %-12s %s\n", d->names[0], d->label);
    }
    raptor_free_world(world);
}
