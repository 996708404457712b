/*
 * emit.c - facts to triples, written by raptor2 (see newsgraph.h).
 *
 * The one place that knows the graph. IRIs are minted here from slugs, so
 * the same entity gets the same IRI in every run. Grouping syntaxes
 * (Turtle, RDF/XML, ...) collect the triples, drop duplicates and write
 * them sorted (sorted.c), so output does not depend on thread scheduling.
 * N-Triples and N-Quads stream (ntlines.c): each article's triples are
 * written as it is added, and only triples about shared entities (people,
 * places, events) are remembered to avoid writing them twice. Both write
 * the same graph: what decides which triples there are is the same in
 * both (firsts.h).
 */
#include "article.h"
#include "money.h"
#include "firsts.h"
#include "ntlines.h"
#include "ns.h"
#include "resolve.h"
#include "sorted.h"
#include "stories.h"

#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#define RDF NG_NS_RDF
#define RDFS NG_NS_RDFS
#define SKOS NG_NS_SKOS
#define DCT NG_NS_DCT
#define XSD NG_NS_XSD
#define OWL NG_NS_OWL

struct ng_writer {
    raptor_world *world;
    char *base;
    int streaming, quads;
    FILE *fp;
    ng_sorted *sorted;     /* grouping formats: triples kept to be sorted */
    ng_ntlines *lines;     /* streaming formats: lines from cached term bytes */
    ng_map *seen;          /* streaming: shared triples written (key -> non-NULL) */
    ng_map *article_seen;  /* streaming: the article's own triples written */
    ng_map *described;     /* places described (IRI -> non-NULL) */
    ng_firsts *firsts;     /* the chosen label, date, location: never forgotten */
    ng_stories *stories;   /* the sketch of every article: never forgotten */
    ng_stories *own_stories;   /* stories when the writer made it (else the caller's) */
    size_t count;
    size_t persons, places;
    char *graph;           /* N-Quads: the current article's IRI */
    ng_buf key;
    size_t stream_memory;  /* entries of seen and described before forgetting */
    ng_progress_fn progress;
    void *progress_ctx;
};

static size_t stream_memory(void);

int ng_writer_is_streaming(const char *syntax)
{
    return strcmp(syntax, "ntriples") == 0 || strcmp(syntax, "nquads") == 0;
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
    w->base = ng_xstrdup(base);
    w->streaming = ng_writer_is_streaming(syntax);
    w->quads = strcmp(syntax, "nquads") == 0;
    w->fp = fp;
    if (w->streaming)
        w->lines = ng_ntlines_new(w->world, fp);
    else
        w->sorted = ng_sorted_new(w->world, syntax, base, fp);
    w->seen = ng_map_new();
    w->article_seen = ng_map_new();
    w->described = ng_map_new();
    w->firsts = ng_firsts_new();
    w->stories = w->own_stories = ng_stories_new();
    w->stream_memory = stream_memory();
    *out = w;
    return NG_OK;
}

void ng_writer_set_progress(ng_writer *w, ng_progress_fn fn, void *ctx)
{
    w->progress = fn;
    w->progress_ctx = ctx;
}

void ng_writer_use_stories(ng_writer *w, ng_stories *s)
{
    ng_stories_free(w->own_stories);
    w->own_stories = NULL;
    w->stories = s;
}

void ng_writer_free(ng_writer *w)
{
    if (!w)
        return;
    ng_sorted_free(w->sorted);
    ng_ntlines_free(w->lines);
    ng_map_free(w->seen);
    ng_map_free(w->article_seen);
    ng_map_free(w->described);
    ng_firsts_free(w->firsts);
    ng_stories_free(w->own_stories);
    ng_buf_free(&w->key);
    free(w->graph);
    free(w->base);
    raptor_free_world(w->world);
    free(w);
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

static void forget(ng_writer *w);

/* What streaming output remembers stays under its bound inside one article
 * too: an article dense with names has millions of triples, and their keys
 * took 30 times the article's size (issue 16). Past the bound the shared
 * triples are forgotten as between articles, and the article's own as at
 * its start: at worst a triple is written twice, the same triple to any
 * RDF reader. An article of ordinary size never comes near the bound, so
 * its output is as before. */
static void bound_memory(ng_writer *w)
{
    if (ng_map_count(w->seen) + ng_map_count(w->described) > w->stream_memory)
        forget(w);
    if (ng_map_count(w->article_seen) > w->stream_memory)
        ng_map_clear(w->article_seen);
}

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
        bound_memory(w);
    }
    if (w->streaming) {
        w->count++;
        ng_ntlines_write(w->lines, s, p, o, dt, w->graph);
        return;
    }
    ng_sorted_add(w->sorted, s, p, o, dt);
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

/* One rdfs:label per entity: the first seen in input order, in every
 * format (firsts.h); later names are altLabels. */
static void label(ng_writer *w, const char *s, const char *name, const char *kind)
{
    int first = ng_firsts_offer(w->firsts, "label", s, name);
    if (first > 0) {
        lit(w, 1, s, RDFS "label", name);
        if (strcmp(kind, "person") == 0)
            w->persons++;
        else if (strcmp(kind, "place") == 0)
            w->places++;
    } else if (first < 0) {
        lit(w, 1, s, SKOS "altLabel", name);
    }
}

static void emit_place(ng_writer *w, const ng_place *p, int depth)
{
    char *s = mint(w, "place", p->slug);
    if (ng_map_add(w->described, s, strlen(s), (void *)1)) {
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
        bound_memory(w);
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

/* Near-duplicates (one story syndicated with other site chrome, headline
 * or date line, or wrapped otherwise) share the words of their body text:
 * their hash names an ng:Story that
 * every copy points to, whatever the order or the format. The story node
 * has no triples of its own (ng:story's range types it), so nothing is
 * left behind when a store replaces the article. */
/* FNV-1a, byte by byte: ng_stable_hash of the bytes fed so far. */
#define FNV_START 1469598103934665603ULL
#define FNV_NEXT(h, byte) (((h) ^ (unsigned char)(byte)) * 1099511628211ULL)

static void emit_story(ng_writer *w, const ng_article *a, const char *art)
{
    const ng_doc *d = &a->doc;
    /* ng_stable_hash of the body's words parted by one space, computed as
     * the words go by: copies wrapped or split into paragraphs otherwise
     * are still one story */
    uint64_t h = FNV_START;
    int space = 0, any = 0;
    for (size_t i = 0; i < d->npara; i++) {
        if (d->paras[i].kind != NG_PARA_BODY)
            continue;
        for (size_t k = d->paras[i].start; k < d->paras[i].end; k++) {
            unsigned char c = (unsigned char)d->text[k];
            if (isspace(c)) {
                space = any;
                continue;
            }
            if (space)
                h = FNV_NEXT(h, ' ');
            h = FNV_NEXT(h, c);
            space = 0;
            any = 1;
        }
        space = any;
    }
    if (any) {
        char slug[32];
        snprintf(slug, sizeof slug, "%016llx", (unsigned long long)h);
        char *story = mint(w, "story", slug);
        iri(w, 0, art, NG_NS "story", story);
        free(story);
    }
}

/* Articles whose body texts are nearly the same (stories.h) are linked
 * both ways by ng:sameStoryAs, to every earlier one, when the later one
 * comes: the pair is written once, in the later article's triples (its
 * named graph in N-Quads), and the set of pairs does not depend on the
 * order they came in. */
static void emit_same_story(ng_writer *w, const ng_article *a, const char *art)
{
    ng_sketch k;
    if (!ng_sketch_of(&a->doc, &k))
        return;
    uint64_t *same = NULL;
    size_t n = ng_stories_add(w->stories, strtoull(art + strlen(art) - 16, NULL, 16), &k, &same);
    for (size_t i = 0; i < n; i++) {
        char slug[32];
        snprintf(slug, sizeof slug, "%016llx", (unsigned long long)same[i]);
        char *other = mint(w, "article", slug);
        iri(w, 0, art, NG_NS "sameStoryAs", other);
        iri(w, 0, other, NG_NS "sameStoryAs", art);
        free(other);
    }
    free(same);
}

/* The article node. Byte-identical inputs are one article (its IRI comes
 * from the digest of its bytes), and a copy may come with other metadata
 * (the same text at two URLs, in JSON Lines or WARC): every copy adds its
 * ng:file and its dcterms:source, since a syndicated text keeps every
 * address that carried it. Its date and headline are the first copy's in
 * input order that gives one, as an entity's label is (firsts.h), so that
 * every format and `load` keep the same one (dcterms:issued and
 * dcterms:title are at most one, ontology/shapes.ttl). */
static void emit_article_node(ng_writer *w, const ng_article *a, const char *art, int copy)
{
    const ng_doc *d = &a->doc;
    if (!copy) {   /* the same for every copy: written once */
        iri(w, 0, art, RDF "type", NG_NS "Article");
        lit(w, 0, art, NG_NS "sha256", d->sha256);
        emit_story(w, a, art);
        emit_same_story(w, a, art);
    }
    lit(w, 0, art, NG_NS "file", d->name);
    if (d->issued.y) {
        char buf[32];
        if (d->hour >= 0) {
            snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:00", d->issued.y, d->issued.m, d->issued.d,
                     d->hour, d->minute);
            if (ng_firsts_offer(w->firsts, "issued", art, buf) > 0)
                typed(w, 0, art, DCT "issued", buf, XSD "dateTime");
        } else {
            ng_date_format(d->issued, buf);
            if (ng_firsts_offer(w->firsts, "issued", art, buf) > 0)
                date_literal(w, 0, art, DCT "issued", d->issued);
        }
    }
    if (d->title && ng_firsts_offer(w->firsts, "title", art, d->title) >= 0)
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
        if (m->items[i].kind != NG_M_PLACE || m->items[i].in_name)
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

/* An event has one ng:date and one ng:location in every format: the first
 * report's, in input order (firsts.h). A report that gives another date or
 * place keeps what it gives on its own ng:DivergentReport node, so that no
 * report is lost and the event stays functional (ontology/newsgraph.ttl).
 * Every triple of the report has the report as subject, like an evidence
 * node's: a store that replaces the article finds them through
 * ng:inArticle. */
static void emit_when_where(ng_writer *w, const ng_article *a, const char *art, const ng_event *e, const char *s,
                            const char *ev, size_t index)
{
    int diverges = 0;
    if (e->date.y) {
        char day[16];
        ng_date_format(e->date, day);
        int first = ng_firsts_offer(w->firsts, "date", s, day);
        if (first > 0)
            date_literal(w, 1, s, NG_NS "date", e->date);
        diverges |= first < 0;
    }
    char *l = NULL;
    if (e->location) {
        emit_place(w, e->location, 0);
        l = mint(w, "place", e->location->slug);
        int first = ng_firsts_offer(w->firsts, "location", s, l);
        if (first > 0)
            iri(w, 1, s, NG_NS "location", l);
        diverges |= first < 0;
    }
    if (diverges) {
        char slug[48];
        snprintf(slug, sizeof slug, "%.16s-%zu", a->doc.sha256, index + 1);
        char *r = mint(w, "report", slug);
        iri(w, ONCE, r, RDF "type", NG_NS "DivergentReport");
        iri(w, ONCE, r, NG_NS "reportOf", s);
        iri(w, ONCE, r, NG_NS "inArticle", art);
        if (e->date.y)
            date_literal(w, ONCE, r, NG_NS "reportedDate", e->date);
        if (l)
            iri(w, ONCE, r, NG_NS "reportedLocation", l);
        iri(w, ONCE, r, NG_NS "evidence", ev);
        free(r);
    }
    free(l);
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
            /* the series' other names, as users (and the gold) may write
             * them: "Supreme State Council" */
            for (size_t k = 0; e->series && k < e->series->alts.len; k++)
                if (strcmp(e->series->alts.items[k], e->label) != 0)
                    lit(w, 1, s, SKOS "altLabel", e->series->alts.items[k]);
            if (e->edition) {
                char num[16];
                snprintf(num, sizeof num, "%d", e->edition);
                typed(w, 1, s, NG_NS "edition", num, XSD "integer");
            }
        }
        for (int k = 0; k < e->nparticipants; k++) {
            char *p = person_iri(w, a, e->participants[k]);
            iri(w, 1, s, NG_NS "participant", p);
            free(p);
        }
        if (e->mode && !e->is_forum)
            iri(w, 1, s, NG_NS "mode", e->mode == NG_MODE_REMOTE ? NG_NS "Remote" : NG_NS "InPerson");
        iri(w, 0, s, NG_NS "reportedIn", art);
        char *ev = evidence(w, a, art, e->span);
        iri(w, 0, s, NG_NS "evidence", ev);
        /* which rule found it (several facts of one sentence: several) */
        lit(w, 0, ev, NG_NS "rule", e->rule ? e->rule : "builtin:event");
        emit_when_where(w, a, art, e, s, ev, i);
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
 * when what it remembers of triples written (to write shared triples once)
 * passes STREAM_MEMORY entries, it starts afresh. An entity met again is
 * described again: repeated triples are the same triples to any RDF
 * reader. What decides which triples there are (the first label, date and
 * place of each entity) is never forgotten (firsts.h), so the graph is the
 * one Turtle holds. Delivery is in input order, so the output stays
 * deterministic. */
#define STREAM_MEMORY 50000

/* NEWSGRAPH_STREAM_MEMORY sets another bound (tests make it small, so that
 * a small corpus forgets as often as a large one does). */
static size_t stream_memory(void)
{
    const char *v = getenv("NEWSGRAPH_STREAM_MEMORY");
    long n = v ? atol(v) : 0;
    return n > 0 ? (size_t)n : STREAM_MEMORY;
}

static void forget(ng_writer *w)
{
    ng_map_free(w->seen);
    ng_map_free(w->described);
    w->seen = ng_map_new();
    w->described = ng_map_new();
}

int ng_writer_restart(ng_writer *w, FILE *fp)
{
    if (!w->streaming)
        return NG_EUSAGE;
    forget(w);
    ng_firsts_clear(w->firsts);
    if (w->own_stories) {   /* a new document; a caller's index (load's) is the caller's */
        ng_stories_free(w->own_stories);
        w->stories = w->own_stories = ng_stories_new();
    }
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
    /* a copy's facts are the first copy's (the same text), unless its
     * other date would read them otherwise: the article's are those read
     * with the date it keeps, as `load` keeps them */
    int copy = ng_firsts_offer(w->firsts, "article", art, "") == 0;
    emit_article_node(w, a, art, copy);
    if (!copy) {
        emit_people(w, a, art);
        emit_positions(w, a, art);
        emit_events(w, a, art);
        emit_claims(w, a, art);
    }
    free(art);
    if (w->streaming && ng_map_count(w->seen) + ng_map_count(w->described) > w->stream_memory)
        forget(w);
    if (w->lines)
        ng_ntlines_flush(w->lines);
    return ferror(w->fp) ? NG_EIO : NG_OK;
}

int ng_writer_finish(ng_writer *w)
{
    if (w->lines)
        ng_ntlines_flush(w->lines);
    else
        w->count = ng_sorted_write(w->sorted, w->progress, w->progress_ctx);
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
